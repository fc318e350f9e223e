package org.luoshi.indicator;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Puts the figures of a reduce- or increase-by-percent indicator on one footing: the
 * level relative to the baseline year (1 in the baseline year). A level is divided by the
 * baseline, a change since the baseline year is read as it is, and a year's rate is
 * chained onto the year before: cumulative reduction = 1 − Π(1 − rᵢ). A year without a
 * figure breaks the chain: a rate after it cannot be chained, never interpolated, unless
 * a later year's change since the baseline starts it again.
 * <p>
 * Where the baseline level is known, the figures become levels; where it is not, they
 * become the relative levels themselves, read against a baseline of 1 ({@code indexed}),
 * which gives the same progress (the cumulative change over the target rate) without ever
 * claiming a level.
 */
final class ChangeChain {

	/**
	 * The figures as levels, the target they are read against, whether they are relative
	 * to a baseline of 1, and the years that have a figure but no level, with the reason.
	 */
	record OnLevels(IndicatorTarget target, List<YearFigure> levels, boolean indexed,
			Map<Integer, IndicatorStatus> unreadable) {
	}

	private ChangeChain() {
	}

	static OnLevels of(IndicatorTarget target, List<YearFigure> figures) {
		boolean relative = figures.stream().anyMatch((f) -> f.form().relative());
		if (!target.byPercent() || !relative) {
			// levels only: read as they are (the check refuses rates for other kinds)
			return new OnLevels(target, figures.stream().filter((f) -> !f.form().relative()).toList(), false, Map.of());
		}
		boolean indexed = target.baseline() == null;
		double base = indexed ? 1 : target.baseline();
		int direction = target.direction();
		Map<Integer, YearFigure> byYear = new TreeMap<>();
		figures.forEach((f) -> byYear.put(f.year(), f));
		Map<Integer, Double> index = new HashMap<>();
		index.put(target.baselineYear(), 1.0);
		List<YearFigure> levels = new ArrayList<>();
		Map<Integer, IndicatorStatus> unreadable = new HashMap<>();
		for (YearFigure figure : byYear.values()) {
			int year = figure.year();
			if (year <= target.baselineYear()) {
				if (!indexed && !figure.form().relative()) {
					levels.add(figure);
				}
				continue;
			}
			Double relativeLevel = switch (figure.form()) {
				case LEVEL -> indexed ? null : figure.value() / base;
				case CUMULATIVE_CHANGE -> 1 + direction * figure.value() / 100;
				case YEARLY_RATE ->
					index.containsKey(year - 1) ? index.get(year - 1) * (1 + direction * figure.value() / 100) : null;
			};
			if (relativeLevel == null) {
				// a rate after a year that has no level itself says why that year has
				// none
				unreadable.put(year, (figure.form() == FigureForm.LEVEL) ? IndicatorStatus.NO_BASELINE
						: unreadable.getOrDefault(year - 1, IndicatorStatus.MISSING_YEAR));
				continue;
			}
			index.put(year, relativeLevel);
			levels.add(new YearFigure(year, base * relativeLevel));
		}
		return new OnLevels(indexed ? target.withBaseline(1.0) : target, levels, indexed, unreadable);
	}

	/**
	 * The change since the baseline year, in percent, of a level read against the target
	 * (a reduction counted positive for a reduce-by-percent target); empty without a
	 * baseline or for another kind.
	 */
	static Double change(IndicatorTarget target, Double level) {
		if (!target.byPercent() || level == null || target.baseline() == null || target.baseline() == 0) {
			return null;
		}
		return target.direction() * (level / target.baseline() - 1) * 100;
	}

	/**
	 * The change since the baseline year the compound path expects by the year, in
	 * percent: 1 − (1 − p)^(k/n) for a reduction; null for another kind.
	 */
	static Double expectedChange(IndicatorTarget target, int year) {
		if (!target.byPercent()) {
			return null;
		}
		double share = IndicatorArithmetic.elapsedShare(target, year);
		double relative = Math.pow(1 + target.direction() * target.rate(), share);
		return target.direction() * (relative - 1) * 100;
	}

}
