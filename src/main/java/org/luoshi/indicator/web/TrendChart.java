package org.luoshi.indicator.web;

import java.util.List;

import org.luoshi.indicator.IndicatorDetail;
import org.luoshi.indicator.PathPoint;

/**
 * The series of an indicator's trend chart as plain lists, which the page hands to
 * ECharts: the years, the target line, the expected path and the figures reached.
 */
record TrendChart(List<Integer> years, List<Double> target, List<Double> expected, List<Double> actual) {

	static TrendChart of(IndicatorDetail detail) {
		List<PathPoint> path = detail.path();
		// a percentage target is drawn at the level it asks for, where the expected path
		// ends
		boolean byPercent = detail.indicator().kind().endsWith("by-percent");
		Double target = !byPercent ? Double.valueOf(detail.indicator().target().doubleValue())
				: path.isEmpty() ? null : path.get(path.size() - 1).expected();
		return new TrendChart(path.stream().map(PathPoint::year).toList(), path.stream().map((p) -> target).toList(),
				path.stream().map(PathPoint::expected).toList(), path.stream().map(PathPoint::actual).toList());
	}

}
