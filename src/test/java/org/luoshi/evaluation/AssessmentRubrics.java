package org.luoshi.evaluation;

import java.math.BigDecimal;
import java.util.List;

/**
 * The rubrics the assessment tests score under, points written out so that each test can
 * work its scores out by hand.
 */
final class AssessmentRubrics {

	private AssessmentRubrics() {
	}

	static BigDecimal n(String value) {
		return new BigDecimal(value);
	}

	/**
	 * Departments: indicators 40, tasks 30 (a shared task weighs 0.5), timeliness 10 (2
	 * points a day late), completeness 10, quality 10 (base 100); 2 points off an
	 * escalation (at most 6), 1 a return (at most 3); bonus up to 5; a veto the office
	 * records caps the grade at 基本完成.
	 */
	static RubricForm departments() {
		return new RubricForm(List.of(base("ind", "约束性指标完成情况", CriterionSource.INDICATORS, "40", null),
				base("tasks", "重点任务推进情况", CriterionSource.TASKS, "30", "0.5"),
				base("time", "报送及时性", CriterionSource.TIMELINESS, "10", "2"),
				base("complete", "报送完整性", CriterionSource.COMPLETENESS, "10", null),
				base("quality", "报告质量", CriterionSource.QUALITY_MARK, "10", null),
				new Criterion("esc", "被督办", CriterionSource.ESCALATIONS, n("2"), null, n("6"), null, null),
				new Criterion("ret", "报告被退回", CriterionSource.RETURNS, n("1"), null, n("3"), null, null),
				new Criterion("bonus", "创新加分", CriterionSource.BONUS, n("5"), null, null, null, null), new Criterion(
						"veto", "重大事故一票否决", CriterionSource.VETO, null, null, null, Grade.BASICALLY_COMPLETED, null)),
				GradeBands.usual());
	}

	/**
	 * Cities: indicators 20, tasks 40, timeliness 15 (3 a day late), completeness 15,
	 * quality 10; 1 point off a return (at most 3); missing the cultivated land share
	 * caps the grade at 基本完成.
	 */
	static RubricForm cities() {
		return cities("20", "40", "10");
	}

	/** The cities' rubric with other weights for indicators, tasks and quality. */
	static RubricForm cities(String indicators, String tasks, String quality) {
		return new RubricForm(List.of(base("ind", "分解指标完成情况", CriterionSource.INDICATORS, indicators, null),
				base("tasks", "重点任务推进情况", CriterionSource.TASKS, tasks, "0.5"),
				base("time", "报送及时性", CriterionSource.TIMELINESS, "15", "3"),
				base("complete", "报送完整性", CriterionSource.COMPLETENESS, "15", null),
				base("quality", "报告质量", CriterionSource.QUALITY_MARK, quality, null),
				new Criterion("ret", "报告被退回", CriterionSource.RETURNS, n("1"), null, n("3"), null, null),
				new Criterion("land", "耕地保护一票否决", CriterionSource.VETO, null, null, null, Grade.BASICALLY_COMPLETED,
						"耕地保有量")),
				GradeBands.usual());
	}

	static Criterion base(String code, String name, CriterionSource source, String points, String rate) {
		return new Criterion(code, name, source, n(points), (rate != null) ? n(rate) : null, null, null, null);
	}

}
