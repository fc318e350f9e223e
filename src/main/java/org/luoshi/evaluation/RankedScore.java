package org.luoshi.evaluation;

import java.math.BigDecimal;

/**
 * One organisation in a ranking: the computed points, the office's adjustments, the final
 * score and grade, its place among its group, and last year's final score to compare.
 *
 * @param cap the best grade a veto leaves; null when none holds
 * @param previous last year's final score; null when it was not assessed then
 */
public record RankedScore(long organisationId, String organisationName, RubricGroup group, int rank,
		BigDecimal computed, BigDecimal adjustment, BigDecimal score, Grade grade, Grade cap, BigDecimal previous) {

	public boolean vetoed() {
		return this.cap != null;
	}

	/** The change from last year's final score; null without one. */
	public BigDecimal change() {
		return (this.previous != null) ? this.score.subtract(this.previous) : null;
	}

}
