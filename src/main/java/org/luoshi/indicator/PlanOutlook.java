package org.luoshi.indicator;

import java.util.List;

/**
 * The mid-term outlook of a plan's indicators (binding and expected, in the notice's
 * order), judged on the figures up to {@code year}, with the rule that decided each
 * verdict.
 *
 * @param midterm the year is the plan's mid-term year
 * @param illustrative some of the figures judged are demo data (示例数据)
 */
public record PlanOutlook(long planId, int year, boolean midterm, OutlookRule rule, List<IndicatorOutlook> indicators,
		boolean illustrative) {

	public PlanOutlook {
		indicators = List.copyOf(indicators);
	}

}
