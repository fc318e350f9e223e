package org.luoshi.indicator;

import java.math.BigDecimal;

/**
 * One city's share of a provincial target: the government that answers for it, its
 * region, its target and, for a weighted check, its weight (GDP, energy use); null until
 * entered.
 */
public record CityShare(long organisationId, String organisation, Long regionId, String region, BigDecimal target,
		BigDecimal weight) {

}
