package org.luoshi.indicator;

import java.math.BigDecimal;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * One city in a roll-up: its share of the target, its figure for the year (in the form it
 * was entered), and where it stands against its own target.
 */
public record CityFigure(long organisationId, String organisation, Long regionId, String region, BigDecimal target,
		BigDecimal value, FigureForm form, @JsonProperty("assessment") IndicatorStanding standing) {

}
