package org.luoshi.indicator;

import java.math.BigDecimal;
import java.util.List;

/**
 * One indicator as it stood in one year, for the reports written on that year: its
 * target, the figure for the year (with its status), where it stood by the arithmetic on
 * the figures up to that year, and its path from the baseline to the target year with the
 * figures reached up to that year.
 *
 * @param kind maintain, reach, cap, reduce-by-percent, increase-by-percent, cumulative or
 * range
 * @param targetLevel the level the target asks for (for a percent kind the baseline moved
 * by the percentage); null where it cannot be known
 * @param constraint maintain, cap and range hold or break each year, the other kinds move
 * along a path
 * @param figure the current figure for the indicator's own region and the year; null
 * without one
 * @param target the target in force in the year: the notice's, or an approved revision's
 * @param standing where it stood in the year on the figures up to then
 * @param targetRevised whether the target in force in the year is a revised one
 */
public record IndicatorYear(long id, String name, boolean binding, String kind, String unit, Integer baselineYear,
		BigDecimal baselineValue, BigDecimal target, BigDecimal targetUpper, Integer targetYear, Double targetLevel,
		boolean constraint, boolean toDecompose, List<AnsweringOrganisation> organisations, Figure figure,
		IndicatorStanding standing, List<PathPoint> path, boolean targetRevised) {

	public IndicatorYear {
		organisations = List.copyOf(organisations);
		path = List.copyOf(path);
	}

	/** The organisation that leads, else the first that answers; null for none. */
	public String lead() {
		return this.organisations.stream()
			.filter(AnsweringOrganisation::lead)
			.findFirst()
			.or(() -> this.organisations.stream().findFirst())
			.map(AnsweringOrganisation::name)
			.orElse(null);
	}

}
