package org.luoshi.indicator;

import java.math.BigDecimal;

import org.luoshi.notice.IndicatorKind;

/**
 * What an indicator must achieve, in the form the arithmetic reads: its kind, the
 * baseline year and level it is measured from (the level may be unknown), the target (a
 * level, a percentage for the percent kinds, a total for a cumulative one; the lower
 * bound of a range) and the year it must hold by.
 */
public record IndicatorTarget(IndicatorKind kind, int baselineYear, Double baseline, double target, Double upper,
		int targetYear) {

	public IndicatorTarget {
		if (targetYear <= baselineYear) {
			throw new IllegalArgumentException(
					"The target year " + targetYear + " must come after the baseline year " + baselineYear);
		}
	}

	/** From stored figures, which are exact decimals. */
	public static IndicatorTarget of(IndicatorKind kind, int baselineYear, BigDecimal baseline, BigDecimal target,
			BigDecimal upper, int targetYear) {
		return new IndicatorTarget(kind, baselineYear, (baseline != null) ? baseline.doubleValue() : null,
				target.doubleValue(), (upper != null) ? upper.doubleValue() : null, targetYear);
	}

	/** Years from the baseline year to the target year (n in 1 − (1 − p)^(k/n)). */
	public int years() {
		return this.targetYear - this.baselineYear;
	}

	/** The percentage of a percent kind as a fraction: 16 (％) → 0.16. */
	public double rate() {
		return this.target / 100;
	}

	/**
	 * Maintain, cap and range hold or break each year; the other kinds move along a path
	 * from the baseline to the target.
	 */
	public boolean constraint() {
		return this.kind == IndicatorKind.MAINTAIN || this.kind == IndicatorKind.CAP
				|| this.kind == IndicatorKind.RANGE;
	}

	/**
	 * A reduce- or increase-by-percent target: its figures may be levels, yearly rates or
	 * changes since the baseline year.
	 */
	public boolean byPercent() {
		return this.kind == IndicatorKind.REDUCE_BY_PERCENT || this.kind == IndicatorKind.INCREASE_BY_PERCENT;
	}

	/** +1 for an increase-by-percent target, −1 for a reduce-by-percent one. */
	int direction() {
		return (this.kind == IndicatorKind.INCREASE_BY_PERCENT) ? 1 : -1;
	}

	/** The same rule measured from another baseline level. */
	public IndicatorTarget withBaseline(Double baseline) {
		return new IndicatorTarget(this.kind, this.baselineYear, baseline, this.target, this.upper, this.targetYear);
	}

	/** The same rule with another target (a city's share) and baseline. */
	public IndicatorTarget withTarget(double target, Double baseline) {
		return new IndicatorTarget(this.kind, this.baselineYear, baseline, target, this.upper, this.targetYear);
	}

}
