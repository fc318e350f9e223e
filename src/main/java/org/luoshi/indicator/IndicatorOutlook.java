package org.luoshi.indicator;

import java.math.BigDecimal;

/**
 * One indicator's mid-term outlook to its target year, judged on the figures up to a year
 * (the plan's mid-term year unless asked otherwise), as the mid-term evaluation report
 * writes it: where it stands, where the trend leads, the yearly rate achieved so far
 * against the rate still required, and the verdict under {@link OutlookRule}.
 * <p>
 * Rates are per year: for a reduce- or increase-by-percent indicator the compound yearly
 * rate in percent (a reduction counted positive for a reduce-by-percent one: 3.5 = 年均降低
 * 3.5％); for reach and cumulative indicators the change a year in the indicator's unit;
 * null for maintain, cap and range.
 *
 * @param indicatorId the indicator
 * @param target the target in force in the target year (a revised one if approved)
 * @param latestYear the latest year with a figure, up to the year judged; null without
 * one
 * @param standing where it stood in that year, under the target in force then
 * @param projection where the trend of the figures up to the year judged leads by the
 * target year; null with too few figures
 * @param achievedRate the yearly rate from the baseline year to the latest figure
 * @param requiredRate the yearly rate still required from the latest figure to reach the
 * target by the target year; null once the target year is reached
 * @param verdict 可完成, 有难度, 难以完成 or 无法判断
 */
public record IndicatorOutlook(long indicatorId, String name, boolean binding, String kind, String unit,
		BigDecimal target, int targetYear, Integer latestYear, IndicatorStanding standing, Projection projection,
		Double achievedRate, Double requiredRate, OutlookVerdict verdict) {

}
