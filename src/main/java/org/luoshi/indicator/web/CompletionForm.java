package org.luoshi.indicator.web;

import java.math.BigDecimal;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import org.luoshi.indicator.IndicatorCompletion;

/**
 * The office's completion of an indicator; fields left out stay as they are.
 *
 * @param baselineYear the year the target is measured from (2010 for the 12th plan)
 * @param baselineValue the level in the baseline year
 * @param target the target (a percentage for reduce- and increase-by-percent)
 * @param targetUpper the upper bound of a range
 * @param targetYear the year it must hold by
 * @param regionId the region the target applies to
 */
record CompletionForm(@Min(1949) @Max(2100) Integer baselineYear, BigDecimal baselineValue, BigDecimal target,
		BigDecimal targetUpper, @Min(1949) @Max(2100) Integer targetYear, Long regionId) {

	IndicatorCompletion completion() {
		return new IndicatorCompletion(this.baselineYear, this.baselineValue, this.target, this.targetUpper,
				this.targetYear, this.regionId);
	}

}
