package org.luoshi.portal.web;

import java.util.List;

import org.luoshi.evaluation.AnnualReportModel;
import org.luoshi.evaluation.AnnualReportModel.CityBreakdown;
import org.luoshi.evaluation.AnnualReportModel.IndicatorRow;
import org.luoshi.evaluation.AnnualReportModel.Point;
import org.luoshi.evaluation.AnnualReportSummary;
import org.luoshi.evaluation.PublishedFigure;

/**
 * One indicator on the portal as the latest report that published it shows it: the row,
 * its path for the chart (the same series as the table beside it), the figures every
 * published report gave, and the city view of a decomposed one.
 *
 * @param targetLevel the level the target line is drawn at
 */
record IndicatorPage(AnnualReportSummary report, AnnualReportModel model, IndicatorRow row, Double targetLevel,
		List<Integer> years, List<Double> expected, List<Double> actual, List<PublishedFigure> history,
		CityBreakdown cities) {

	/**
	 * A level as the table prints it: at most three decimals (43.24, 0.966); a dash for
	 * none.
	 */
	static String level(Double value) {
		if (value == null || value.isNaN() || value.isInfinite()) {
			return "—";
		}
		java.math.BigDecimal rounded = java.math.BigDecimal.valueOf(value)
			.setScale(3, java.math.RoundingMode.HALF_UP)
			.stripTrailingZeros();
		return (rounded.signum() == 0) ? "0" : rounded.toPlainString();
	}

	public String actualText(int i) {
		return level(this.actual.get(i));
	}

	public String expectedText(int i) {
		return level(this.expected.get(i));
	}

	public String targetText() {
		return level(this.targetLevel);
	}

	static IndicatorPage of(AnnualReportSummary report, AnnualReportModel model, IndicatorRow row,
			List<PublishedFigure> history) {
		Double target = "cumulative".equals(row.kind()) ? Double.valueOf(row.target().doubleValue())
				: row.targetLevel();
		CityBreakdown cities = model.cities()
			.stream()
			.filter((c) -> c.indicatorId() == row.indicatorId())
			.findFirst()
			.orElse(null);
		return new IndicatorPage(report, model, row, target, row.path().stream().map(Point::year).toList(),
				row.path().stream().map(Point::expected).toList(), row.path().stream().map(Point::actual).toList(),
				history, cities);
	}

}
