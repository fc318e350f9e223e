package org.luoshi.indicator;

import java.util.List;

/**
 * The mid-term outlook of a plan's indicators (binding and expected, in the notice's
 * order), judged on the figures up to {@code year}, with the rule that decided each
 * verdict.
 *
 * @param midterm the year is the plan's mid-term year
 */
public record PlanOutlook(long planId, int year, boolean midterm, OutlookRule rule, List<IndicatorOutlook> indicators) {

	public PlanOutlook {
		indicators = List.copyOf(indicators);
	}

}
