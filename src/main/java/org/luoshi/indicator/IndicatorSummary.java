package org.luoshi.indicator;

import java.math.BigDecimal;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * An indicator as a plan's list shows it: what is measured, the target, who answers for
 * it and where it stands as of its latest figure. {@code version} is what a completion
 * must name (If-Match).
 *
 * @param kind maintain, reach, cap, reduce-by-percent, increase-by-percent, cumulative or
 * range
 * @param target the target the notice states (as the office completed it)
 * @param toDecompose the notice requires it to be split among the cities
 * @param standing where it stands as of its latest figure, under the target in force that
 * year ({@code assessment} in JSON)
 * @param currentTarget the target in force in the target year: the notice's, or the
 * latest approved revision's
 * @param targetRevised an approved revision holds for some year
 * @param illustrative some of its figures are demo data (示例数据)
 */
public record IndicatorSummary(long id, long planId, String name, boolean binding, String kind, String unit,
		BigDecimal target, BigDecimal targetUpper, Integer targetYear, Integer baselineYear, BigDecimal baselineValue,
		Long regionId, Long taskId, List<AnsweringOrganisation> organisations, boolean toDecompose, int version,
		@JsonProperty("assessment") IndicatorStanding standing, BigDecimal currentTarget, boolean targetRevised,
		boolean illustrative) {

	public IndicatorSummary {
		organisations = List.copyOf(organisations);
	}

	/**
	 * The organisations that lead the indicator (draft its split); where the notice names
	 * no lead, every organisation that answers for it.
	 */
	public List<AnsweringOrganisation> leads() {
		List<AnsweringOrganisation> leading = this.organisations.stream().filter(AnsweringOrganisation::lead).toList();
		return leading.isEmpty() ? this.organisations : leading;
	}

}
