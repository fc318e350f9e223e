package org.luoshi.indicator;

import java.math.BigDecimal;

/**
 * A city target (and weight) as the lead department enters it; a null field stays as it
 * is.
 */
public record ShareEntry(long organisationId, BigDecimal target, BigDecimal weight) {

}
