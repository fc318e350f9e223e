package org.luoshi.indicator;

import java.math.BigDecimal;
import java.util.List;

/**
 * A decomposed indicator in one year, city by city against each city's target and for the
 * province against the provincial target. Where the unit adds up (万公顷, 万套) the province's
 * figure is the sum of the cities' once all have reported; otherwise it is the figure
 * entered for the province.
 *
 * @param additive city figures add up to the province's
 * @param citiesReporting how many cities have a figure for the year
 * @param fromCities the sum of the cities' figures; null unless additive and all reported
 * @param entered the figure entered for the province itself, if any
 * @param province the province against the provincial target, on the summed figures where
 * there are sums
 */
public record RollUp(long indicatorId, long decompositionId, int year, boolean additive, int citiesReporting,
		BigDecimal fromCities, BigDecimal entered, IndicatorStanding province, List<CityFigure> cities) {

	public RollUp {
		cities = List.copyOf(cities);
	}

}
