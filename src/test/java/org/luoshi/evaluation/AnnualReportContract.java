package org.luoshi.evaluation;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.luoshi.evaluation.AnnualReportModel.IndicatorRow;
import org.luoshi.evaluation.internal.Numbers;
import org.luoshi.indicator.Decomposition;
import org.luoshi.indicator.Decompositions;
import org.luoshi.indicator.IndicatorFigures;
import org.luoshi.indicator.ShareEntry;
import org.luoshi.indicator.FigureInput;
import org.luoshi.reporting.ReportingTestConfiguration;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.luoshi.evaluation.EvaluationFixtures.as;
import static org.luoshi.evaluation.EvaluationFixtures.office;

/**
 * The annual report of the seed plan's 2011 on a real database: generated from a seeded
 * cycle and figures, its numbers checked against figures worked out by hand, its numbered
 * drafts, the office's sections under concurrent writers, freezing and publishing, and
 * every refusal. Runs on H2 and on PostgreSQL (see the two subclasses).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.NONE, properties = "luoshi.demo.enabled=true")
@Import(ReportingTestConfiguration.class)
abstract class AnnualReportContract {

	@Autowired
	ApplicationContext context;

	@Autowired
	AnnualReports annualReports;

	@Autowired
	PublishedReports published;

	@Autowired
	Decompositions decompositions;

	@Autowired
	IndicatorFigures values;

	@Autowired
	JdbcClient jdbc;

	Year2011 year;

	@BeforeEach
	void seedTheYear() {
		this.year = Year2011.seeded(this.context);
	}

	AnnualReportView generate() {
		return as(office(), () -> this.annualReports.generate(this.year.plan, 2011));
	}

	@Test
	void everyKindOfIndicatorIsJudgedAsWorkedOutByHand() {
		Map<String, IndicatorRow> rows = generate().model()
			.binding()
			.stream()
			.collect(Collectors.toMap(IndicatorRow::name, Function.identity()));
		// reach: (43.4 − 43.0) / (44.2 − 43.0) = 33.3 % of the way after 1 of 5 years (20
		// %)
		assertRow(rows.get("森林覆盖率"), "43.4", "33.3%", "20.0%", Verdict.FASTER);
		// reduce by 16 % entered as levels: (1 − 0.965) / (1 − 0.84) = 21.9 %; expected
		// 0.84^0.2
		assertRow(rows.get("单位地区生产总值能源消耗"), "0.965", "21.9%", "20.0%", Verdict.ON_SCHEDULE);
		assertThat(Numbers.level(rows.get("单位地区生产总值能源消耗").expected())).isEqualTo("0.966");
		assertThat(Numbers.level(rows.get("单位地区生产总值能源消耗").targetLevel())).isEqualTo("0.84");
		// reduce by 17 %: (1 − 0.99) / 0.17 = 5.9 %, 14.1 points behind: within the 15 of
		// at risk
		assertRow(rows.get("单位地区生产总值二氧化碳排放"), "0.99", "5.9%", "20.0%", Verdict.LAGGING);
		// reduce by 8.8 % from 100: rose to 101, −11.4 %, 31.4 points behind
		assertRow(rows.get("化学需氧量排放"), "101", "-11.4%", "20.0%", Verdict.SERIOUSLY_LAGGING);
		// cumulative: 14 of 63.27 = 22.1 %
		assertRow(rows.get("城镇保障性安居工程建设"), "14", "22.1%", "20.0%", Verdict.ON_SCHEDULE);
		assertThat(Numbers.level(rows.get("城镇保障性安居工程建设").level())).isEqualTo("14");
		// maintain and cap hold: on schedule, no progress share
		assertRow(rows.get("耕地保有量"), "553.6", null, "20.0%", Verdict.ON_SCHEDULE);
		assertRow(rows.get("全省总人口"), "2749.4", null, "20.0%", Verdict.ON_SCHEDULE);
		// reach met in the first year: ahead
		assertRow(rows.get("九年义务教育巩固率"), "99.2", "105.0%", "20.0%", Verdict.AHEAD);
		assertRow(rows.get("氨氮排放"), null, null, "20.0%", Verdict.NO_DATA);
		assertThat(rows.get("森林覆盖率").lead()).isEqualTo("省林业厅");
		assertThat(rows.get("森林覆盖率").figureStatus()).isEqualTo("final");
	}

	@Test
	void theCityBreakdownOfAnIssuedSplitNamesTheCitiesFurthestBehind() {
		long land = this.year.seed().id("耕地保有量");
		Decomposition split = EvaluationFixtures.as(EvaluationFixtures.office(),
				() -> this.decompositions.create(land));
		String[] targets = { "128.6", "84.3", "98.1", "22.4", "27.5", "10.3", "91.7", "64.9", "25.2" };
		List<ShareEntry> shares = new java.util.ArrayList<>();
		for (int i = 0; i < targets.length; i++) {
			shares.add(
					new ShareEntry(split.shares().get(i).organisationId(), new java.math.BigDecimal(targets[i]), null));
		}
		EvaluationFixtures.as(EvaluationFixtures.office(), () -> {
			Decomposition saved = this.decompositions.updateShares(split.id(), split.version(), shares);
			this.decompositions.submit(saved.id());
			this.decompositions.approve(saved.id());
			this.decompositions.issue(saved.id());
		});
		// every city holds its share but 白城 (64.5 of 64.9); 松原 reports nothing
		String[] figures = { "128.9", "84.3", "98.4", "22.4", "27.6", "10.3", null, "64.5", "25.2" };
		for (int i = 0; i < figures.length; i++) {
			if (figures[i] != null) {
				FigureInput figure = new FigureInput(split.shares().get(i).regionId(), 2011, figures[i], "final",
						"国土资源年报", null);
				EvaluationFixtures.as(EvaluationFixtures.office(), () -> this.values.enter(land, figure));
			}
		}
		AnnualReportModel.CityBreakdown breakdown = generate().model()
			.cities()
			.stream()
			.filter((c) -> c.indicatorId() == land)
			.findFirst()
			.orElseThrow();
		assertThat(breakdown.issued()).isTrue();
		assertThat(breakdown.citiesReporting()).isEqualTo(8);
		assertThat(breakdown.cities()).hasSize(9);
		assertThat(breakdown.furthestBehind()).singleElement().asString().contains("白城");
		assertThat(breakdown.cities()).filteredOn((c) -> c.figure() == null)
			.singleElement()
			.satisfies((c) -> assertThat(c.verdict()).isEqualTo(Verdict.NO_DATA));
		assertThat(breakdown.cities()).filteredOn((c) -> c.city().contains("白城"))
			.singleElement()
			.satisfies((c) -> assertThat(c.verdict()).isEqualTo(Verdict.SERIOUSLY_LAGGING));
	}

	@Test
	void aFigureOfALaterYearDoesNotCountInTheYearsReport() {
		this.year.enter("森林覆盖率", 2012, "44.3", "preliminary", null);
		IndicatorRow forest = row(generate(), "森林覆盖率");
		assertThat(forest.figure()).isEqualByComparingTo("43.4");
		assertThat(forest.verdict()).isEqualTo(Verdict.FASTER);
		assertThat(forest.path()).filteredOn((p) -> p.year() == 2012)
			.singleElement()
			.satisfies((p) -> assertThat(p.actual()).isNull());
	}

	@Test
	void anUndecomposedIndicatorTheNoticeSplitsIsSaidToWaitForItsSplit() {
		assertThat(generate().model().cities()).isNotEmpty().allSatisfy((c) -> {
			assertThat(c.issued()).isFalse();
			assertThat(c.cities()).isEmpty();
		});
	}

	@Test
	void theHeadlineCountsBindingIndicatorsAndTasksByStatus() {
		AnnualReportModel model = generate().model();
		assertThat(model.elapsedShare()).isEqualTo(0.2);
		AnnualReportModel.Headline headline = model.headline();
		assertThat(headline.bindingIndicators()).isEqualTo(16);
		assertThat(headline.onTrack()).isEqualTo(6);
		assertThat(headline.atRisk()).isEqualTo(1);
		assertThat(headline.offTrack()).isEqualTo(1);
		assertThat(headline.noData()).isEqualTo(8);
		assertThat(headline.achieved()).isEqualTo(1);
		AnnualReportModel.TaskCounts tasks = headline.tasks();
		assertThat(tasks.total()).isEqualTo(146);
		assertThat(tasks.lagging()).isEqualTo(1);
		assertThat(tasks.blocked()).isEqualTo(1);
		assertThat(tasks.completed() + tasks.inProgress() + tasks.notStarted() + tasks.lagging() + tasks.blocked()
				+ tasks.notReported())
			.isEqualTo(146);
		assertThat(tasks.notReported()).isGreaterThan(100);
		assertThat(model.chapters()).hasSize(13);
		assertThat(model.chapters().stream().mapToInt((c) -> c.counts().total()).sum()).isEqualTo(146);
	}

	@Test
	void theLaggingAndBlockedTasksAreNamedWithTheirLeadAndProblem() {
		List<AnnualReportModel.TaskIssue> issues = generate().model()
			.chapters()
			.stream()
			.flatMap((c) -> c.issues().stream())
			.toList();
		assertThat(issues)
			.extracting(AnnualReportModel.TaskIssue::code, AnnualReportModel.TaskIssue::status,
					AnnualReportModel.TaskIssue::problems, AnnualReportModel.TaskIssue::reportedBy)
			.containsExactlyInAnyOrder(
					org.assertj.core.groups.Tuple.tuple(this.year.lagging.code(), "lagging", Year2011.LAGGING_PROBLEM,
							"省农委"),
					org.assertj.core.groups.Tuple.tuple(this.year.blocked.code(), "blocked", Year2011.BLOCKED_PROBLEM,
							"省农委"));
		assertThat(issues).allSatisfy((i) -> assertThat(i.lead()).isNotBlank());
	}

	@Test
	void theDisciplineSaysWhoReportedOnTimeLateByHowManyDaysAndWhoNever() {
		AnnualReportModel.Discipline discipline = generate().model().discipline();
		assertThat(discipline.organisations()).isEqualTo(3);
		assertThat(discipline.onTime()).isEqualTo(1);
		assertThat(discipline.lateOnes()).containsExactly(new AnnualReportModel.Late("省林业厅", 2));
		assertThat(discipline.missingOnes()).containsExactly("省旅游局");
	}

	@Test
	void everyGenerationIsTheNextNumberedDraftStartingFromTheTextBefore() {
		AnnualReportView first = generate();
		AnnualReportView edited = as(office(), () -> this.annualReports.saveNarrative(first.id(),
				first.summary().version(), new Narrative("总体平稳", "资金不足", "加强调度")));
		AnnualReportView second = generate();
		assertThat(first.summary().number()).isEqualTo(1);
		assertThat(second.summary().number()).isEqualTo(2);
		assertThat(second.narrative()).isEqualTo(edited.narrative());
		assertThat(as(office(), () -> this.annualReports.ofPlan(this.year.plan, 2011)))
			.extracting(AnnualReportSummary::number)
			.containsExactly(2, 1);
	}

	@Test
	void twoOfficeUsersSavingTheTextAtOnceOneIsRefusedAndNothingIsOverwritten() {
		AnnualReportView draft = generate();
		int seen = draft.summary().version();
		as(office(), () -> this.annualReports.saveNarrative(draft.id(), seen, new Narrative("甲的总体情况", null, null)));
		assertThatExceptionOfType(EvaluationRefusal.NarrativeChangedMeanwhile.class)
			.isThrownBy(() -> as(office(),
					() -> this.annualReports.saveNarrative(draft.id(), seen, new Narrative("乙的总体情况", null, null))))
			.satisfies((ex) -> assertThat(ex.kind().status()).isEqualTo(412));
		assertThat(as(office(), () -> this.annualReports.get(draft.id())).narrative().overall()).isEqualTo("甲的总体情况");
	}

	@Test
	void aFrozenReportKeepsItsNumbersWhenAFigureIsRevisedAndTheNextDraftShowsWhatChanged() {
		AnnualReportView first = generate();
		as(office(), () -> this.annualReports.freeze(first.id()));
		this.year.enter("森林覆盖率", 2011, "43.1", "revised", "森林资源清查结果修正");
		AnnualReportView frozen = as(office(), () -> this.annualReports.get(first.id()));
		assertThat(row(frozen, "森林覆盖率").figure()).isEqualByComparingTo("43.4");
		assertThat(frozen.summary().state()).isEqualTo(AnnualReportState.FROZEN);
		AnnualReportView second = generate();
		assertThat(row(second, "森林覆盖率").figure()).isEqualByComparingTo("43.1");
		ReportComparison comparison = as(office(), () -> this.annualReports.compare(first.id(), second.id()));
		assertThat(comparison.changes()).contains(
				new ReportComparison.Change("indicator", "森林覆盖率", "figure", "43.4", "43.1"),
				new ReportComparison.Change("indicator", "森林覆盖率", "figure-status", "final", "revised"),
				// (43.1 − 43.0) / 1.2 = 8.3 %, 11.7 points behind the elapsed 20 %
				new ReportComparison.Change("indicator", "森林覆盖率", "progress", "33.3%", "8.3%"),
				new ReportComparison.Change("indicator", "森林覆盖率", "verdict", "faster", "lagging"));
	}

	@Test
	void freezingTwicePublishingUnfrozenAndEditingFrozenAreRefusedAndChangeNothing() {
		AnnualReportView draft = generate();
		assertThatExceptionOfType(EvaluationRefusal.DraftNotFrozen.class)
			.isThrownBy(() -> as(office(), () -> this.annualReports.publish(draft.id(), null)));
		assertThat(this.published.figures(FigureQuery.all(), 0, 100).total()).isZero();
		AnnualReportView frozen = as(office(), () -> this.annualReports.freeze(draft.id()));
		assertThatExceptionOfType(EvaluationRefusal.AlreadyFrozen.class)
			.isThrownBy(() -> as(office(), () -> this.annualReports.freeze(draft.id())));
		assertThatExceptionOfType(EvaluationRefusal.ReportFrozen.class)
			.isThrownBy(() -> as(office(), () -> this.annualReports.saveNarrative(draft.id(),
					frozen.summary().version(), new Narrative("改", null, null))));
		AnnualReportView after = as(office(), () -> this.annualReports.get(draft.id()));
		assertThat(after.summary()).isEqualTo(frozen.summary());
		assertThat(after.narrative()).isEqualTo(frozen.narrative());
	}

	@Test
	void publishingKeepsTheReportsFiguresAndAReplacementNeedsAReason() {
		AnnualReportView first = generate();
		as(office(), () -> this.annualReports.freeze(first.id()));
		as(office(), () -> this.annualReports.publish(first.id(), null));
		assertThat(this.published.figures(new FigureQuery(this.year.plan, this.year.seed().id("森林覆盖率"), 2011), 0, 10)
			.items()).singleElement().satisfies((f) -> {
				assertThat(f.figure()).isEqualByComparingTo("43.4");
				assertThat(f.status()).isEqualTo("final");
				assertThat(f.verdict()).isEqualTo("faster");
			});
		AnnualReportView second = generate();
		as(office(), () -> this.annualReports.freeze(second.id()));
		assertThatExceptionOfType(EvaluationRefusal.RevisionReasonRequired.class)
			.isThrownBy(() -> as(office(), () -> this.annualReports.publish(second.id(), " ")));
		assertThatExceptionOfType(EvaluationRefusal.AlreadyPublished.class)
			.isThrownBy(() -> as(office(), () -> this.annualReports.publish(first.id(), "again")));
		as(office(), () -> this.annualReports.publish(second.id(), "补充正式统计数据"));
		assertThat(this.published.reports(0, 10).items()).extracting(AnnualReportSummary::id)
			.containsExactly(second.id(), first.id());
	}

	@Test
	void aYearOutsideThePlanAYearWithoutCycleAndAnUnknownDraftAreRefused() {
		assertThatExceptionOfType(EvaluationRefusal.YearOutsidePlan.class)
			.isThrownBy(() -> as(office(), () -> this.annualReports.generate(this.year.plan, 2016)));
		assertThatExceptionOfType(EvaluationRefusal.NoCycleForYear.class)
			.isThrownBy(() -> as(office(), () -> this.annualReports.generate(this.year.plan, 2012)));
		assertThatExceptionOfType(EvaluationRefusal.ReportNotFound.class)
			.isThrownBy(() -> as(office(), () -> this.annualReports.get(999_999)));
		assertThat(count()).isZero();
	}

	@Test
	void reportersApproversAndLeadersCallingTheServiceDirectlyAreRefused() {
		AnnualReportView draft = generate();
		for (var actor : List.of(EvaluationFixtures.reporter(this.year.nongwei),
				EvaluationFixtures.approver(this.year.nongwei))) {
			assertThatExceptionOfType(EvaluationRefusal.NotYourRole.class)
				.isThrownBy(() -> as(actor, () -> this.annualReports.generate(this.year.plan, 2011)));
			assertThatExceptionOfType(EvaluationRefusal.NotYourRole.class)
				.isThrownBy(() -> as(actor, () -> this.annualReports.get(draft.id())));
		}
		assertThatExceptionOfType(EvaluationRefusal.NotYourRole.class)
			.isThrownBy(() -> as(EvaluationFixtures.leader(), () -> this.annualReports.freeze(draft.id())));
		assertThat(as(EvaluationFixtures.leader(), () -> this.annualReports.get(draft.id())).id())
			.isEqualTo(draft.id());
		assertThat(count()).isEqualTo(1);
	}

	private long count() {
		return this.jdbc.sql("select count(*) from annual_report").query(Long.class).single();
	}

	private static IndicatorRow row(AnnualReportView report, String name) {
		return report.model().binding().stream().filter((r) -> r.name().equals(name)).findFirst().orElseThrow();
	}

	private static void assertRow(IndicatorRow row, String figure, String progress, String elapsed, Verdict verdict) {
		assertThat(Numbers.plain(row.figure())).as(row.name() + " figure").isEqualTo(figure);
		assertThat(Numbers.percent(row.progress())).as(row.name() + " progress").isEqualTo(progress);
		assertThat(Numbers.percent(row.elapsedShare())).as(row.name() + " elapsed").isEqualTo(elapsed);
		assertThat(row.verdict()).as(row.name() + " verdict").isEqualTo(verdict);
	}

}
