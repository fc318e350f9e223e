package org.luoshi.evaluation.internal;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Locale;
import java.util.Optional;

import javax.imageio.ImageIO;

import org.jfree.chart.ChartFactory;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.StandardChartTheme;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.renderer.category.LineAndShapeRenderer;
import org.jfree.chart.renderer.category.StackedBarRenderer;
import org.jfree.data.category.DefaultCategoryDataset;
import org.luoshi.evaluation.AnnualReportModel;
import org.luoshi.evaluation.AnnualReportModel.ChapterProgress;
import org.luoshi.evaluation.AnnualReportModel.IndicatorRow;
import org.luoshi.evaluation.AnnualReportModel.Point;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * The report's charts drawn on the server (JFreeChart, no browser) as PNG, the same
 * series the pages draw with ECharts: each binding indicator's levels reached against its
 * expected path and target line, and the tasks of each part by status.
 */
@Component
public class Charts {

	static final int WIDTH = 640;

	static final int HEIGHT = 320;

	private static final Color[] STATUS_COLOURS = { new Color(0x2e7d32), new Color(0x1565c0), new Color(0x9e9e9e),
			new Color(0xef6c00), new Color(0xc62828), new Color(0xe0e0e0) };

	private final MessageSource messages;

	Charts(MessageSource messages) {
		this.messages = messages;
	}

	/**
	 * The chart of this name ({@code indicator-<id>} or {@code chapters}) as PNG; empty
	 * for a name the report does not have.
	 */
	public Optional<byte[]> png(AnnualReportModel model, String name, Locale locale) {
		Words w = new Words(this.messages, locale);
		if ("chapters".equals(name)) {
			return Optional.of(render(chapters(model, w)));
		}
		if (name.startsWith("indicator-")) {
			String id = name.substring("indicator-".length());
			return model.indicators()
				.stream()
				.filter((r) -> String.valueOf(r.indicatorId()).equals(id))
				.findFirst()
				.map((r) -> render(indicator(r, w)));
		}
		return Optional.empty();
	}

	private static JFreeChart indicator(IndicatorRow row, Words w) {
		DefaultCategoryDataset data = new DefaultCategoryDataset();
		String actual = w.get("evaluation.chart.actual");
		String expected = w.get("evaluation.chart.expected");
		String target = w.get("evaluation.chart.target");
		Double targetLevel = "cumulative".equals(row.kind()) ? Double.valueOf(row.target().doubleValue())
				: row.targetLevel();
		for (Point p : row.path()) {
			String year = String.valueOf(p.year());
			data.addValue(p.actual(), actual, year);
			data.addValue(p.expected(), expected, year);
			data.addValue(targetLevel, target, year);
		}
		JFreeChart chart = ChartFactory.createLineChart(row.name(), null, row.unit(), data, PlotOrientation.VERTICAL,
				true, false, false);
		theme().apply(chart);
		CategoryPlot plot = chart.getCategoryPlot();
		plot.setBackgroundPaint(Color.WHITE);
		plot.setRangeGridlinePaint(Color.LIGHT_GRAY);
		((org.jfree.chart.axis.NumberAxis) plot.getRangeAxis()).setAutoRangeIncludesZero(false);
		LineAndShapeRenderer renderer = (LineAndShapeRenderer) plot.getRenderer();
		renderer.setDefaultShapesVisible(true);
		renderer.setSeriesPaint(0, new Color(0xc62828));
		renderer.setSeriesStroke(0, new BasicStroke(2.5f));
		renderer.setSeriesPaint(1, new Color(0x1565c0));
		renderer.setSeriesStroke(1,
				new BasicStroke(1.5f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND, 1f, new float[] { 6f, 4f }, 0f));
		renderer.setSeriesPaint(2, new Color(0x2e7d32));
		renderer.setSeriesShapesVisible(2, false);
		return chart;
	}

	private static JFreeChart chapters(AnnualReportModel model, Words w) {
		DefaultCategoryDataset data = new DefaultCategoryDataset();
		String[] series = { w.get("reporting.entry-status.completed"), w.get("reporting.entry-status.in-progress"),
				w.get("reporting.entry-status.not-started"), w.get("reporting.entry-status.lagging"),
				w.get("reporting.entry-status.blocked"), w.get("evaluation.doc.col.not-reported") };
		for (ChapterProgress c : model.chapters()) {
			String chapter = String.valueOf(c.number());
			int[] counts = { c.counts().completed(), c.counts().inProgress(), c.counts().notStarted(),
					c.counts().lagging(), c.counts().blocked(), c.counts().notReported() };
			for (int i = 0; i < series.length; i++) {
				data.addValue(counts[i], series[i], chapter);
			}
		}
		JFreeChart chart = ChartFactory.createStackedBarChart(w.get("evaluation.doc.chapters-chart"),
				w.get("evaluation.doc.col.chapter"), w.get("evaluation.chart.tasks"), data, PlotOrientation.VERTICAL,
				true, false, false);
		theme().apply(chart);
		CategoryPlot plot = chart.getCategoryPlot();
		plot.setBackgroundPaint(Color.WHITE);
		plot.setRangeGridlinePaint(Color.LIGHT_GRAY);
		StackedBarRenderer renderer = (StackedBarRenderer) plot.getRenderer();
		renderer.setShadowVisible(false);
		renderer.setBarPainter(new org.jfree.chart.renderer.category.StandardBarPainter());
		for (int i = 0; i < STATUS_COLOURS.length; i++) {
			renderer.setSeriesPaint(i, STATUS_COLOURS[i]);
		}
		return chart;
	}

	private static StandardChartTheme theme() {
		StandardChartTheme theme = new StandardChartTheme("luoshi");
		theme.setExtraLargeFont(ReportFont.awt(16f, true));
		theme.setLargeFont(ReportFont.awt(13f, false));
		theme.setRegularFont(ReportFont.awt(12f, false));
		theme.setSmallFont(ReportFont.awt(10f, false));
		return theme;
	}

	private static byte[] render(JFreeChart chart) {
		chart.setBackgroundPaint(Color.WHITE);
		BufferedImage image = chart.createBufferedImage(WIDTH, HEIGHT);
		try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			ImageIO.write(image, "png", out);
			return out.toByteArray();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
