package org.luoshi.indicator;

import java.math.BigDecimal;

/**
 * What the planning office adds to or corrects in an indicator the notice stated: the
 * baseline, the target, the region it applies to. A null field stays as it is.
 */
public record IndicatorCompletion(Integer baselineYear, BigDecimal baselineValue, BigDecimal target,
		BigDecimal targetUpper, Integer targetYear, Long regionId) {

}
