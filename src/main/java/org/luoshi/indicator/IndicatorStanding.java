package org.luoshi.indicator;

/**
 * Where an indicator stands in one year (its standing against the expected path; the
 * responsibility assessment, 考核, is the evaluation module's).
 *
 * @param year the year assessed; null when there is no figure
 * @param level the level reached, or for a cumulative indicator the total so far
 * @param progress the share of the way from the baseline to the target (1 = target
 * reached); for maintain, cap and range 1 when the constraint holds, else 0; null without
 * a baseline
 * @param elapsedShare the share of the period from the baseline year to the target year
 * that has passed
 * @param expected the level the expected path reaches this year
 * @param gapPoints progress minus elapsed share, in percentage points (negative: behind);
 * null for maintain, cap and range
 * @param status the resulting status under the plan's thresholds
 * @param change for a reduce- or increase-by-percent indicator, the change since the
 * baseline year in percent (5.5265: 累计下降5.5265％, or for an increase 累计增长); null for other
 * kinds and while it cannot be told
 * @param expectedChange for a reduce- or increase-by-percent indicator, the change the
 * compound path expects by this year, in percent
 */
public record IndicatorStanding(Integer year, Double level, Double progress, double elapsedShare, Double expected,
		Double gapPoints, IndicatorStatus status, Double change, Double expectedChange) {

	static IndicatorStanding noData() {
		return new IndicatorStanding(null, null, null, 0, null, null, IndicatorStatus.NO_DATA, null, null);
	}

}
