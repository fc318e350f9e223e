package org.luoshi.indicator;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.luoshi.notice.IndicatorKind;

/**
 * The least-squares line through an indicator's figures, carried to the target year. A
 * level indicator's line runs through the baseline and the yearly figures; a cumulative
 * indicator's through the yearly amounts, which the years left add to the total so far
 * (never a negative amount).
 */
final class Trend {

	private Trend() {
	}

	/** The projected level at the target year and the slope per year. */
	static Optional<double[]> project(IndicatorTarget target, List<YearFigure> values) {
		List<YearFigure> points = new ArrayList<>();
		boolean cumulative = target.kind() == IndicatorKind.CUMULATIVE;
		for (YearFigure value : values) {
			boolean inPeriod = value.year() <= target.targetYear()
					&& (!cumulative || value.year() > target.baselineYear());
			if (inPeriod) {
				points.add(value);
			}
		}
		if (!cumulative && target.baseline() != null
				&& points.stream().noneMatch((p) -> p.year() == target.baselineYear())) {
			points.add(new YearFigure(target.baselineYear(), target.baseline()));
		}
		Optional<double[]> line = fit(points);
		if (line.isEmpty()) {
			return Optional.empty();
		}
		double intercept = line.get()[0];
		double slope = line.get()[1];
		if (!cumulative) {
			return Optional.of(new double[] { intercept + slope * target.targetYear(), slope });
		}
		double total = points.stream().mapToDouble(YearFigure::value).sum();
		int latest = points.stream().mapToInt(YearFigure::year).max().getAsInt();
		for (int year = latest + 1; year <= target.targetYear(); year++) {
			total += Math.max(0, intercept + slope * year);
		}
		return Optional.of(new double[] { total, slope });
	}

	/**
	 * Intercept and slope of the least-squares line; empty unless two different years.
	 */
	static Optional<double[]> fit(List<YearFigure> points) {
		int n = points.size();
		if (n < 2) {
			return Optional.empty();
		}
		double meanX = points.stream().mapToDouble(YearFigure::year).average().getAsDouble();
		double meanY = points.stream().mapToDouble(YearFigure::value).average().getAsDouble();
		double sxx = 0;
		double sxy = 0;
		for (YearFigure p : points) {
			sxx += (p.year() - meanX) * (p.year() - meanX);
			sxy += (p.year() - meanX) * (p.value() - meanY);
		}
		if (sxx == 0) {
			return Optional.empty();
		}
		double slope = sxy / sxx;
		return Optional.of(new double[] { meanY - slope * meanX, slope });
	}

}
