package org.luoshi.indicator.web;

import java.util.List;

import org.luoshi.indicator.IndicatorDetail;
import org.luoshi.indicator.IndicatorSummary;
import org.luoshi.indicator.PathPoint;
import org.luoshi.indicator.TargetVersion;

/**
 * The series of an indicator's trend chart as plain lists, which the page hands to
 * ECharts: the years, the target line (year by year the target in force, so that a
 * revision shows as a step), the expected path and the figures reached.
 */
record TrendChart(List<Integer> years, List<Double> target, List<Double> expected, List<Double> actual) {

	static TrendChart of(IndicatorDetail detail) {
		List<PathPoint> path = detail.path();
		return new TrendChart(path.stream().map(PathPoint::year).toList(),
				path.stream().map((p) -> target(detail, p.year())).toList(),
				path.stream().map(PathPoint::expected).toList(), path.stream().map(PathPoint::actual).toList());
	}

	/**
	 * The target line in a year: the target in force; a percentage target is drawn at the
	 * level it asks for (or, on a chart of the change since the baseline, as the
	 * percentage itself).
	 */
	private static Double target(IndicatorDetail detail, int year) {
		IndicatorSummary indicator = detail.indicator();
		double target = indicator.target().doubleValue();
		for (TargetVersion version : detail.targets()) {
			if (version.fromYear() <= year) {
				target = version.target().doubleValue();
			}
		}
		if (!indicator.kind().endsWith("by-percent") || detail.pathInChange()) {
			return target;
		}
		if (indicator.baselineValue() == null) {
			return null;
		}
		double direction = indicator.kind().startsWith("increase") ? 1 : -1;
		return indicator.baselineValue().doubleValue() * (1 + direction * target / 100);
	}

}
