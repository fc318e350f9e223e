package org.luoshi.evaluation;

import java.math.BigDecimal;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.luoshi.reporting.EntryKind;
import org.luoshi.reporting.ReportingTestConfiguration;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.luoshi.evaluation.EvaluationFixtures.as;
import static org.luoshi.evaluation.EvaluationFixtures.office;

/**
 * The responsibility assessment of the seed plan's 2011 on a real database: scores of a
 * seeded cycle worked out by hand, a veto capping a grade, a weight changing the ranking,
 * who reads whose breakdown, the review from adjustment to publication, recomputing after
 * a late figure, and every refusal of a rubric. Runs on H2 and on PostgreSQL (see the two
 * subclasses).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.NONE, properties = "luoshi.demo.enabled=true")
@Import(ReportingTestConfiguration.class)
abstract class AssessmentContract {

	@Autowired
	ApplicationContext context;

	@Autowired
	Rubrics rubrics;

	@Autowired
	Assessments assessments;

	@Autowired
	AssessmentReview review;

	@Autowired
	JdbcClient jdbc;

	AssessmentYear year;

	@BeforeEach
	void seedTheYear() {
		this.year = AssessmentYear.seeded(this.context);
	}

	@AfterEach
	void leaveNoTrace() {
		if (this.year != null) {
			this.year.leaveNoTrace();
		}
		else {
			EvaluationFixtures.clearAssessments(this.jdbc);
		}
	}

	void rubrics(RubricForm departments, RubricForm cities) {
		as(office(), () -> {
			this.rubrics.save(this.year.plan, 2011, RubricGroup.DEPARTMENTS, null, departments);
			this.rubrics.save(this.year.plan, 2011, RubricGroup.CITIES, null, cities);
		});
	}

	List<ScoreChange> compute() {
		return as(office(), () -> this.assessments.compute(this.year.plan, 2011));
	}

	void mark(long organisation, String criterion, String points, String reason) {
		as(office(),
				() -> this.review.mark(this.year.plan, 2011, organisation, criterion, new BigDecimal(points), reason));
	}

	Ranking ranking() {
		return as(office(), () -> this.assessments.ranking(this.year.plan, 2011));
	}

	RankedScore score(long organisation) {
		Ranking r = ranking();
		return java.util.stream.Stream.concat(r.departments().stream(), r.cities().stream())
			.filter((s) -> s.organisationId() == organisation)
			.findFirst()
			.orElseThrow();
	}

	ScoreBreakdown.Line line(long organisation, String code) {
		return as(office(), () -> this.assessments.of(this.year.plan, 2011, organisation)).breakdown()
			.lines()
			.stream()
			.filter((l) -> l.code().equals(code))
			.findFirst()
			.orElseThrow();
	}

	/** The seeded year, then the office's quality marks: 省林业厅 8, 省环保厅 6, 长春 9, 白城 10. */
	void scoredAndMarked() {
		rubrics(AssessmentRubrics.departments(), AssessmentRubrics.cities());
		compute();
		mark(this.year.forestry, "quality", "8", "报告翔实");
		mark(this.year.environment, "quality", "6", "数据来源不全");
		mark(this.year.changchun, "quality", "9", "报告翔实");
		mark(this.year.baicheng, "quality", "10", "报告翔实");
	}

	@Test
	void theSeedsTasksAreAsTheHandWorkedScoresAssume() {
		// 省林业厅 answers for 2 tasks itself and shares 7; 省环保厅 3 and 4; 长春 shares 3, 白城 2
		assertThat(counts(this.year.forestry)).containsExactly(2L, 7L);
		assertThat(counts(this.year.environment)).containsExactly(3L, 4L);
		assertThat(counts(this.year.changchun)).containsExactly(0L, 3L);
		assertThat(counts(this.year.baicheng)).containsExactly(0L, 2L);
	}

	private List<Long> counts(long organisation) {
		List<org.luoshi.reporting.EntryView> entries = this.year.entries(organisation);
		return List.of(entries.stream().filter((e) -> e.kind() != EntryKind.CONTRIBUTION).count(),
				entries.stream().filter((e) -> e.kind() == EntryKind.CONTRIBUTION).count());
	}

	@Test
	void everyScoreIsAsWorkedOutByHand() {
		scoredAndMarked();
		// 省林业厅, on time, both forest indicators on track, every task completed:
		// 40 × 2/2 + 30 × (2 + 7 × 0.5)/(2 + 7 × 0.5) + 10 on time + 10 × 2/2 + quality 8
		// = 98
		RankedScore forestry = score(this.year.forestry);
		assertThat(forestry.score()).isEqualByComparingTo("98.00");
		assertThat(forestry.grade()).isEqualTo(Grade.EXCEEDED);
		// 省环保厅, 3 days late (2 days 10 hours after the deadline), 化学需氧量排放 missed, 1.0.6
		// lagging,
		// escalated once: 40 × 3/4 = 30; 30 × (2 + 4 × 0.5)/(3 + 4 × 0.5) = 30 × 4/5 =
		// 24;
		// 10 − 3 × 2 = 4; 10 × 3/3 = 10; quality 6; escalation −2 → 30 + 24 + 4 + 10 + 6
		// − 2 = 72
		RankedScore environment = score(this.year.environment);
		assertThat(line(this.year.environment, "ind").points()).isEqualByComparingTo("30");
		assertThat(line(this.year.environment, "tasks").points()).isEqualByComparingTo("24");
		assertThat(line(this.year.environment, "time").points()).isEqualByComparingTo("4");
		assertThat(line(this.year.environment, "esc").points()).isEqualByComparingTo("-2");
		assertThat(environment.score()).isEqualByComparingTo("72.00");
		assertThat(environment.grade()).isEqualTo(Grade.BASICALLY_COMPLETED);
		// 长春, a city holding its share of the cultivated land (128.9 of 128.6), on time,
		// every shared task
		// completed, returned once: 20 × 1/1 + 40 × 1.5/1.5 + 15 + 15 (nothing of its own
		// to account for)
		// + quality 9 − 1 = 98
		RankedScore changchun = score(this.year.changchun);
		assertThat(line(this.year.changchun, "ind").items()).singleElement()
			.satisfies((i) -> assertThat(i.kind()).isEqualTo("share"));
		assertThat(changchun.score()).isEqualByComparingTo("98.00");
		assertThat(changchun.grade()).isEqualTo(Grade.EXCEEDED);
		// 白城, short of its share (64.5 of 64.9): 20 × 0/1 + 40 + 15 + 15 + 10 = 80, 完成 by
		// points,
		// but the cultivated land veto caps the grade at 基本完成
		RankedScore baicheng = score(this.year.baicheng);
		assertThat(baicheng.score()).isEqualByComparingTo("80.00");
		assertThat(as(office(), () -> this.assessments.of(this.year.plan, 2011, this.year.baicheng)).breakdown()
			.gradeByPoints()).isEqualTo(Grade.COMPLETED);
		assertThat(baicheng.cap()).isEqualTo(Grade.BASICALLY_COMPLETED);
		assertThat(baicheng.grade()).isEqualTo(Grade.BASICALLY_COMPLETED);
		// departments and cities are ranked apart
		assertThat(ranking().departments()).extracting(RankedScore::organisationId)
			.containsExactly(this.year.forestry, this.year.environment);
		assertThat(ranking().cities()).extracting(RankedScore::organisationId, RankedScore::rank)
			.containsExactly(org.assertj.core.groups.Tuple.tuple(this.year.changchun, 1),
					org.assertj.core.groups.Tuple.tuple(this.year.baicheng, 2));
	}

	@Test
	void aVetoTheOfficeRecordsCapsTheGradeOfTheBestScore() {
		scoredAndMarked();
		mark(this.year.forestry, "veto", "1", "发生重大森林火灾");
		RankedScore forestry = score(this.year.forestry);
		// 98 points would be 超额完成; the veto leaves 基本完成 at best
		assertThat(forestry.score()).isEqualByComparingTo("98.00");
		assertThat(forestry.grade()).isEqualTo(Grade.BASICALLY_COMPLETED);
		assertThat(line(this.year.forestry, "veto").items()).singleElement()
			.satisfies((i) -> assertThat(i.ref()).isEqualTo("发生重大森林火灾"));
	}

	@Test
	void changingAWeightChangesTheRankingAsExpected() {
		rubrics(AssessmentRubrics.departments(), AssessmentRubrics.cities());
		compute();
		// 长春 20 + 40 + 15 + 15 − 1 = 89 ahead of 白城 0 + 40 + 15 + 15 = 70
		assertThat(ranking().cities()).extracting(RankedScore::organisationId)
			.containsExactly(this.year.changchun, this.year.baicheng);
		Rubric cities = as(office(), () -> this.rubrics.get(this.year.plan, 2011, RubricGroup.CITIES));
		as(office(), () -> this.rubrics.save(this.year.plan, 2011, RubricGroup.CITIES, cities.version(),
				AssessmentRubrics.cities("0", "70", "0")));
		compute();
		// with the land share weighing nothing, 长春's returned report decides:
		// 长春 70 + 15 + 15 − 1 = 99 behind 白城 70 + 15 + 15 = 100
		assertThat(ranking().cities()).extracting(RankedScore::organisationId, RankedScore::score)
			.containsExactly(org.assertj.core.groups.Tuple.tuple(this.year.baicheng, new BigDecimal("100.00")),
					org.assertj.core.groups.Tuple.tuple(this.year.changchun, new BigDecimal("99.00")));
	}

	@Test
	void anOrganisationReadsItsOwnBreakdownAndNobodyElsesBeforePublication() {
		rubrics(AssessmentRubrics.departments(), AssessmentRubrics.cities());
		compute();
		var reporter = EvaluationFixtures.reporter(this.year.forestry);
		assertThat(as(reporter, () -> this.assessments.of(this.year.plan, 2011, this.year.forestry)).breakdown()
			.organisationId()).isEqualTo(this.year.forestry);
		assertThatExceptionOfType(AssessmentRefusal.NotYourBreakdown.class)
			.isThrownBy(() -> as(reporter, () -> this.assessments.of(this.year.plan, 2011, this.year.environment)));
		assertThatExceptionOfType(EvaluationRefusal.NotYourRole.class)
			.isThrownBy(() -> as(reporter, () -> this.assessments.ranking(this.year.plan, 2011)));
		// leaders read everything
		assertThat(
				as(EvaluationFixtures.leader(), () -> this.assessments.of(this.year.plan, 2011, this.year.environment))
					.score()
					.score())
			.isNotNull();
		as(office(), () -> {
			this.review.lock(this.year.plan, 2011);
			this.review.publish(this.year.plan, 2011);
		});
		// once published, everybody reads every result
		assertThat(as(reporter, () -> this.assessments.of(this.year.plan, 2011, this.year.environment)).breakdown()
			.organisationId()).isEqualTo(this.year.environment);
		assertThat(as(reporter, () -> this.assessments.ranking(this.year.plan, 2011)).departments()).hasSize(2);
	}

	@Test
	void theOfficeAdjustsOnlyWithAReasonAndAnswersObjectionsUntilTheResultsAreLocked() {
		rubrics(AssessmentRubrics.departments(), AssessmentRubrics.cities());
		compute();
		BigDecimal before = score(this.year.environment).score();
		assertThatExceptionOfType(AssessmentRefusal.ReasonRequired.class).isThrownBy(() -> as(office(),
				() -> this.review.adjust(this.year.plan, 2011, this.year.environment, new BigDecimal("3"), " ")));
		assertThat(score(this.year.environment).score()).isEqualByComparingTo(before);
		var reporter = EvaluationFixtures.reporter(this.year.environment);
		Objection objection = as(reporter,
				() -> this.review.object(this.year.plan, 2011, this.year.environment, "延期报送经规划办同意，不应扣分"));
		assertThatExceptionOfType(AssessmentRefusal.NotYourBreakdown.class).isThrownBy(
				() -> as(reporter, () -> this.review.object(this.year.plan, 2011, this.year.forestry, "林业厅得分过高")));
		as(office(), () -> this.review.answer(this.year.plan, 2011, objection.id(), "系统故障属实，补回逾期扣分"));
		as(office(), () -> this.review.adjust(this.year.plan, 2011, this.year.environment, new BigDecimal("6"),
				"系统故障导致逾期，补回逾期扣分"));
		OrganisationAssessment shown = as(reporter,
				() -> this.assessments.of(this.year.plan, 2011, this.year.environment));
		assertThat(shown.score().score()).isEqualByComparingTo(before.add(new BigDecimal("6")));
		assertThat(shown.adjustments()).singleElement()
			.satisfies((a) -> assertThat(a.reason()).isEqualTo("系统故障导致逾期，补回逾期扣分"));
		assertThat(shown.objections()).singleElement().satisfies((o) -> {
			assertThat(o.answered()).isTrue();
			assertThat(o.answer()).isEqualTo("系统故障属实，补回逾期扣分");
		});
		as(office(), () -> this.review.lock(this.year.plan, 2011));
		assertThatExceptionOfType(AssessmentRefusal.AssessmentLocked.class).isThrownBy(
				() -> as(reporter, () -> this.review.object(this.year.plan, 2011, this.year.environment, "仍有异议")));
		assertThatExceptionOfType(AssessmentRefusal.AssessmentLocked.class).isThrownBy(this::compute);
		assertThat(as(reporter, () -> this.assessments.of(this.year.plan, 2011, this.year.environment)).objections())
			.hasSize(1);
		assertThat(as(office(), () -> this.review.publish(this.year.plan, 2011)).state())
			.isEqualTo(AssessmentState.PUBLISHED);
		assertThatExceptionOfType(AssessmentRefusal.AlreadyPublished.class)
			.isThrownBy(() -> as(office(), () -> this.review.publish(this.year.plan, 2011)));
		long id = as(office(), () -> this.assessments.ranking(this.year.plan, 2011)).assessment().id();
		assertThat(this.jdbc.sql("select action from audit_entry where subject = :subject order by id")
			.param("subject", "assessment:" + id)
			.query(String.class)
			.list()).as("every step of the review is in the audit log")
			.containsExactly("evaluation.assessment-computed", "evaluation.assessment-objection",
					"evaluation.assessment-answered", "evaluation.assessment-adjusted", "evaluation.assessment-locked",
					"evaluation.assessment-published");
	}

	@Test
	void recomputingAfterALateFigureShowsWhatChanged() {
		rubrics(AssessmentRubrics.departments(), AssessmentRubrics.cities());
		compute();
		// the statistics bureau corrects 化学需氧量排放 2011 to 97 (a fall of 3 %, ahead of its
		// path): 省环保厅 meets all four, 40 ×
		// 4/4
		as(office(),
				() -> this.context.getBean(org.luoshi.indicator.IndicatorFigures.class)
					.enter(this.context.getBean(org.luoshi.indicator.Indicators.class)
						.ofPlan(this.year.plan)
						.stream()
						.filter((i) -> i.name().equals("化学需氧量排放"))
						.findFirst()
						.orElseThrow()
						.id(), new org.luoshi.indicator.FigureInput(null, 2011, "97", "final", "统计局核定", "统计局核定数")));
		List<ScoreChange> changes = compute();
		assertThat(changes).singleElement().satisfies((c) -> {
			assertThat(c.organisationId()).isEqualTo(this.year.environment);
			assertThat(c.after().subtract(c.before())).isEqualByComparingTo("10");
			assertThat(c.lines()).singleElement().satisfies((l) -> {
				assertThat(l.code()).isEqualTo("ind");
				assertThat(l.before()).isEqualByComparingTo("30");
				assertThat(l.after()).isEqualByComparingTo("40");
			});
		});
		assertThat(as(office(), () -> this.assessments.changes(this.year.plan, 2011))).hasSize(1);
	}

	@Test
	void aRubricThatDoesNotAddUpOrNamesNoSourceIsRefusedAndNothingSaved() {
		RubricForm good = AssessmentRubrics.departments();
		List<Criterion> short10 = new java.util.ArrayList<>(good.criteria());
		short10.set(0, AssessmentRubrics.base("ind", "约束性指标完成情况", CriterionSource.INDICATORS, "30", null));
		assertThatExceptionOfType(AssessmentRefusal.PointsDoNotAddUp.class)
			.isThrownBy(() -> as(office(),
					() -> this.rubrics.save(this.year.plan, 2011, RubricGroup.DEPARTMENTS, null,
							new RubricForm(short10, GradeBands.usual()))))
			.satisfies((e) -> assertThat(e.getArguments()).containsExactly("90"));
		List<Criterion> sourceless = new java.util.ArrayList<>(good.criteria());
		sourceless.set(0, new Criterion("ind", "约束性指标完成情况", null, new BigDecimal("40"), null, null, null, null));
		assertThatExceptionOfType(AssessmentRefusal.CriterionWithoutSource.class)
			.isThrownBy(() -> as(office(), () -> this.rubrics.save(this.year.plan, 2011, RubricGroup.DEPARTMENTS, null,
					new RubricForm(sourceless, GradeBands.usual()))));
		assertThat(as(office(), () -> this.rubrics.find(this.year.plan, 2011, RubricGroup.DEPARTMENTS))).isEmpty();
	}

	@Test
	void twoOfficeUsersEditingARubricAtOnceDoNotOverwriteEachOther() {
		Rubric first = as(office(),
				() -> this.rubrics.save(this.year.plan, 2011, RubricGroup.CITIES, null, AssessmentRubrics.cities()));
		assertThat(first.version()).isEqualTo(1);
		Rubric second = as(office(), () -> this.rubrics.save(this.year.plan, 2011, RubricGroup.CITIES, 1,
				AssessmentRubrics.cities("30", "30", "10")));
		assertThat(second.version()).isEqualTo(2);
		assertThatExceptionOfType(AssessmentRefusal.RubricChangedMeanwhile.class)
			.isThrownBy(() -> as(office(),
					() -> this.rubrics.save(this.year.plan, 2011, RubricGroup.CITIES, 1,
							AssessmentRubrics.cities("10", "50", "10"))))
			.satisfies((e) -> assertThat(e.kind().status()).isEqualTo(412));
		Rubric now = as(office(), () -> this.rubrics.get(this.year.plan, 2011, RubricGroup.CITIES));
		assertThat(now.version()).isEqualTo(2);
		assertThat(now.criteria().get(0).points()).isEqualByComparingTo("30");
		assertThat(this.jdbc.sql("select count(*) from assessment_rubric_version").query(Integer.class).single())
			.isEqualTo(2);
	}

	@Test
	void aYearsRubricStartsFromLastYears() {
		as(office(),
				() -> this.rubrics.save(this.year.plan, 2011, RubricGroup.CITIES, null, AssessmentRubrics.cities()));
		Rubric copied = as(office(), () -> this.rubrics.copyLastYear(this.year.plan, 2012, RubricGroup.CITIES, null));
		assertThat(copied.year()).isEqualTo(2012);
		assertThat(copied.criteria()).isEqualTo(AssessmentRubrics.cities().criteria());
		assertThatExceptionOfType(AssessmentRefusal.RubricNotFound.class).isThrownBy(() -> as(office(),
				() -> this.rubrics.copyLastYear(this.year.plan, 2013, RubricGroup.DEPARTMENTS, null)));
	}

	@Test
	void theNextYearIsComparedWithThisOne() {
		rubrics(AssessmentRubrics.departments(), AssessmentRubrics.cities());
		compute();
		BigDecimal forestry2011 = score(this.year.forestry).score();
		as(office(), () -> {
			this.rubrics.copyLastYear(this.year.plan, 2012, RubricGroup.DEPARTMENTS, null);
			this.rubrics.copyLastYear(this.year.plan, 2012, RubricGroup.CITIES, null);
			this.context.getBean(org.luoshi.reporting.Cycles.class)
				.open(this.year.plan, new org.luoshi.reporting.CycleOpening(2012, null,
						List.of(this.year.forestry, this.year.environment, this.year.changchun, this.year.baicheng)));
			this.assessments.compute(this.year.plan, 2012);
		});
		RankedScore forestry2012 = as(office(), () -> this.assessments.ranking(this.year.plan, 2012)).departments()
			.stream()
			.filter((s) -> s.organisationId() == this.year.forestry)
			.findFirst()
			.orElseThrow();
		// nothing reported for 2012 yet (its deadline is a year away): no task status to
		// count (full 30), no timeliness, nothing complete; neither forest indicator has
		// a 2012 figure, so neither is met (40 × 0/2): 30 against 2011's 90
		assertThat(forestry2012.score()).isEqualByComparingTo("30.00");
		assertThat(forestry2011).isEqualByComparingTo("90.00");
		assertThat(forestry2012.previous()).isEqualByComparingTo(forestry2011);
		assertThat(forestry2012.change()).isEqualByComparingTo("-60.00");
	}

}
