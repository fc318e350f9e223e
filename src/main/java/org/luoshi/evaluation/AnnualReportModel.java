package org.luoshi.evaluation;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.List;

/**
 * Everything the annual implementation report says in numbers, assembled from the data
 * when a draft is generated and kept with it as it was (a figure revised later does not
 * change it): the headline, the table of binding indicators and of expected targets, the
 * city breakdown of decomposed indicators, each chapter's tasks, and how the
 * organisations kept the reporting deadline.
 *
 * @param elapsedShare the share of the plan's period passed by the end of the year
 * @param onTrackPoints the plan's on-track margin the verdicts use, in points
 * @param atRiskPoints the plan's at-risk margin, in points
 * @param illustrative generated from demo data (示例数据): its cycle was filled in by the
 * demo loader; a draft kept before this was recorded reads false
 */
public record AnnualReportModel(long planId, String planTitle, String issuer, int startYear, int endYear, int year,
		long cycleId, double elapsedShare, double onTrackPoints, double atRiskPoints, OffsetDateTime assembledAt,
		Headline headline, List<IndicatorRow> binding, List<IndicatorRow> expected, List<CityBreakdown> cities,
		List<ChapterProgress> chapters, Discipline discipline, Boolean illustrative) {

	public AnnualReportModel {
		illustrative = Boolean.TRUE.equals(illustrative);
		binding = List.copyOf(binding);
		expected = List.copyOf(expected);
		cities = List.copyOf(cities);
		chapters = List.copyOf(chapters);
	}

	/** Every indicator row, binding first. */
	public List<IndicatorRow> indicators() {
		return java.util.stream.Stream.concat(this.binding.stream(), this.expected.stream()).toList();
	}

	/**
	 * The headline: binding indicators by where they stand, tasks by the status their
	 * reports gave.
	 */
	public record Headline(int bindingIndicators, int onTrack, int atRisk, int offTrack, int noData, int achieved,
			TaskCounts tasks) {
	}

	/**
	 * Tasks by the status their reports gave; not reported: no submitted report gave one.
	 */
	public record TaskCounts(int total, int completed, int inProgress, int notStarted, int lagging, int blocked,
			int notReported) {

		public static TaskCounts none() {
			return new TaskCounts(0, 0, 0, 0, 0, 0, 0);
		}

	}

	/**
	 * One indicator in the year.
	 *
	 * @param figure the figure entered for the year; null without one
	 * @param figureStatus preliminary, final or revised; null without a figure
	 * @param level the level assessed (for a cumulative indicator the total so far)
	 * @param targetLevel the level the target asks for
	 * @param progress share of the way from the baseline to the target; null where not
	 * measured (constraints, no baseline)
	 * @param gapPoints progress minus elapsed share, in points
	 * @param status the indicator module's status code
	 * @param path the expected path and the levels reached, year by year
	 */
	public record IndicatorRow(long indicatorId, String name, String kind, String unit, boolean constraint,
			Integer baselineYear, BigDecimal baseline, BigDecimal target, BigDecimal targetUpper, Integer targetYear,
			Double targetLevel, BigDecimal figure, String figureStatus, Double level, Double progress,
			double elapsedShare, Double expected, Double gapPoints, String status, Verdict verdict, String lead,
			List<Point> path) {

		public IndicatorRow {
			path = List.copyOf(path);
		}

	}

	/** One year of an indicator's path. */
	public record Point(int year, Double expected, Double actual) {
	}

	/**
	 * A decomposed indicator city by city; {@code issued} false while no split is issued.
	 *
	 * @param furthestBehind the cities furthest behind their own path, worst first
	 */
	public record CityBreakdown(long indicatorId, String indicator, String unit, boolean issued, int citiesReporting,
			List<CityRow> cities, List<String> furthestBehind) {

		public CityBreakdown {
			cities = List.copyOf(cities);
			furthestBehind = List.copyOf(furthestBehind);
		}

	}

	/** One city of a decomposed indicator. */
	public record CityRow(String city, BigDecimal target, BigDecimal figure, Double progress, Double gapPoints,
			Verdict verdict) {
	}

	/** A chapter's tasks by status, and those lagging or blocked by name. */
	public record ChapterProgress(int number, String title, TaskCounts counts, List<TaskIssue> issues) {

		public ChapterProgress {
			issues = List.copyOf(issues);
		}

	}

	/**
	 * A task reported lagging or blocked: its code and words, its lead, the organisation
	 * that reported it and the problem it gave.
	 */
	public record TaskIssue(long taskId, String code, String text, String lead, String reportedBy, String status,
			String problems) {
	}

	/** How the organisations kept the cycle's deadline. */
	public record Discipline(OffsetDateTime deadline, int organisations, int onTime, int late, int missing, int pending,
			List<Late> lateOnes, List<String> missingOnes) {

		public Discipline {
			lateOnes = List.copyOf(lateOnes);
			missingOnes = List.copyOf(missingOnes);
		}

	}

	/** An organisation that reported late, and by how many days. */
	public record Late(String organisation, int days) {
	}

}
