package org.luoshi.indicator.internal;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.Optional;

import org.luoshi.indicator.IndicatorTarget;
import org.luoshi.notice.IndicatorKind;

/** An indicator as stored: its target, baseline, task, lead and region. */
public record IndicatorRecord(long id, long planId, String name, boolean binding, IndicatorKind kind, String unit,
		Integer baselineYear, BigDecimal baselineValue, BigDecimal target, BigDecimal targetUpper, Integer targetYear,
		Long taskId, Long leadOrganisationId, Long regionId, boolean toDecompose, int position, Integer sourceLine,
		int version) {

	/** The target as the arithmetic reads it; empty while the years are not known. */
	public Optional<IndicatorTarget> arithmetic() {
		if (this.baselineYear == null || this.targetYear == null || this.targetYear <= this.baselineYear) {
			return Optional.empty();
		}
		return Optional.of(IndicatorTarget.of(this.kind, this.baselineYear, this.baselineValue, this.target,
				this.targetUpper, this.targetYear));
	}

	/**
	 * A reduce- or increase-by-percent indicator, whose figures may also be rates and
	 * changes.
	 */
	public boolean byPercent() {
		return this.kind == IndicatorKind.REDUCE_BY_PERCENT || this.kind == IndicatorKind.INCREASE_BY_PERCENT;
	}

	static IndicatorKind kind(String code) {
		return Arrays.stream(IndicatorKind.values())
			.filter((k) -> k.code().equals(code))
			.findFirst()
			.orElseThrow(() -> new IllegalStateException("unknown indicator kind " + code));
	}

}
