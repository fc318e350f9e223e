package org.luoshi.reporting;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.luoshi.common.IfMatch;
import org.luoshi.organisation.OrganisationDirectory;
import org.luoshi.organisation.OrganisationRef;
import org.luoshi.plan.ImportPreview;
import org.luoshi.plan.NoticeImports;
import org.luoshi.plan.PlanRegister;
import org.luoshi.reporting.internal.ReportStore;
import org.luoshi.security.Actor;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.annotation.DirtiesContext;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.luoshi.reporting.ReportingFixtures.as;
import static org.luoshi.reporting.ReportingFixtures.office;

/**
 * Cycles, reports, entries, versions and reminders on a real database, with the demo
 * directory and the seed plan. Runs on H2 and on PostgreSQL (see the two subclasses);
 * every test starts from empty reporting tables on 10 January 2012.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.NONE, properties = "luoshi.demo.enabled=true")
@Import(ReportingTestConfiguration.class)
abstract class ReportingStoreContract {

	@Autowired
	ReportingStage stage;

	@Autowired
	Cycles cycles;

	@Autowired
	CycleProgress progress;

	@Autowired
	Reports reports;

	@Autowired
	ReportDrafts drafts;

	@Autowired
	ReportWorkflow workflow;

	@Autowired
	Reminders reminders;

	@Autowired
	PlanRegister register;

	@Autowired
	NoticeImports imports;

	@Autowired
	OrganisationDirectory directory;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	ReportStore reportStore;

	@Autowired
	Clock clock;

	long plan;

	long nongwei;

	Actor reporter;

	@BeforeEach
	void startAfresh() {
		this.plan = this.stage.afresh();
		this.nongwei = this.stage.organisation("省农委");
		this.reporter = ReportingFixtures.reporter("nongwei", this.nongwei);
	}

	CycleView open(int year) {
		return as(office(), () -> this.cycles.open(this.plan, new CycleOpening(year, null, List.of())));
	}

	long reportOf(CycleView cycle, long organisationId) {
		return this.stage.reportOf(cycle.id(), organisationId);
	}

	@Test
	void theDeadlineIsTheDayTheNoticeOrdersWhenItOrdersAnother() {
		assertThat(this.register.plans()).singleElement()
			.satisfies((p) -> assertThat(p.reportingDeadline()).isEqualTo(java.time.MonthDay.of(3, 31)));
		// a notice that orders the reports by the end of February (每年2月底前)
		this.jdbc.sql("update plan set reporting_deadline = '--02-29' where id = :plan")
			.param("plan", this.plan)
			.update();
		assertThat(open(2011).deadline()).hasToString("2012-02-29T23:59+08:00");
		assertThat(open(2012).deadline()).hasToString("2013-02-28T23:59+08:00");
	}

	@Test
	void aCycleGivesEveryOrganisationThatAnswersForATaskOneReportWithAnEntryPerTask() {
		CycleView cycle = open(2011);
		Map<Long, Integer> expected = new java.util.HashMap<>();
		for (OrganisationRef organisation : this.directory.all()) {
			int tasks = organisation.collective() ? 0
					: this.register.tasksOf(organisation.id(), this.plan).tasks().size();
			if (tasks > 0) {
				expected.put(organisation.id(), tasks);
			}
		}
		CycleDashboard dashboard = as(office(), () -> this.progress.dashboard(cycle.id()));
		assertThat(dashboard.organisations()).hasSize(expected.size());
		assertThat(cycle.organisations()).isEqualTo(expected.size());
		for (OrganisationProgress o : dashboard.organisations()) {
			int entries = as(office(), () -> this.reports.get(o.reportId())).entries().size();
			assertThat(entries).as(o.organisationName()).isEqualTo(expected.get(o.organisationId()));
		}
		assertThat(dashboard.organisations()).extracting(OrganisationProgress::organisationName)
			.contains("省农委", "长春市政府", "延边州政府");
	}

	@Test
	void theDeadlineIsTheEndOfMarchOfTheNextYearWithRemindersThirtySevenAndOneDaysBefore() {
		CycleView cycle = open(2011);
		assertThat(cycle.deadline()).isEqualTo(ReportingTestConfiguration.DEADLINE_2011);
		assertThat(cycle.timeZone()).isEqualTo("Asia/Shanghai");
		assertThat(cycle.timetable()).extracting(Milestone::kind, Milestone::daysBefore, (m) -> m.dueAt().toString())
			.containsExactly(org.assertj.core.groups.Tuple.tuple("opening", null, "2012-01-10T09:00+08:00"),
					org.assertj.core.groups.Tuple.tuple("reminder", 30, "2012-03-01T09:00+08:00"),
					org.assertj.core.groups.Tuple.tuple("reminder", 7, "2012-03-24T09:00+08:00"),
					org.assertj.core.groups.Tuple.tuple("reminder", 1, "2012-03-30T09:00+08:00"),
					org.assertj.core.groups.Tuple.tuple("deadline", null, "2012-03-31T23:59+08:00"));
	}

	@Test
	void aSharedTaskGoesToItsLeadATaskLedWithOthersIsConsolidatedAndOneAnsweredAloneIsOwn() {
		CycleView cycle = open(2011);
		ReportView report = as(this.reporter, () -> this.reports.get(reportOf(cycle, this.nongwei)));
		Map<String, EntryView> byCode = report.entries().stream().collect(Collectors.toMap(EntryView::code, (e) -> e));
		assertThat(byCode).hasSize(27);
		assertThat(byCode.get("2.1.1").kind()).isEqualTo(EntryKind.CONTRIBUTION);
		assertThat(byCode.get("2.1.1").leadName()).isEqualTo("省发展改革委");
		assertThat(byCode.get("2.1.5").kind()).isEqualTo(EntryKind.OWN);
		assertThat(byCode.get("2.2.1").kind()).isEqualTo(EntryKind.LEAD);
		assertThat(report.state()).isEqualTo(ReportState.DRAFT);
		assertThat(report.editable()).isTrue();
		assertThat(report.missing()).hasSize(54);
	}

	@Test
	void theRemindersWorkThroughACyclesReportsChunkByChunkMissingAndRepeatingNone() {
		CycleView cycle = open(2011);
		List<Long> all = this.jdbc.sql("select id from progress_report where cycle_id = :cycle order by id")
			.param("cycle", cycle.id())
			.query(Long.class)
			.list();
		List<Long> chunked = new java.util.ArrayList<>();
		long after = 0;
		for (List<ReportStore.Report> chunk = this.reportStore.ofCycleAfter(cycle.id(), after, 7); !chunk
			.isEmpty(); chunk = this.reportStore.ofCycleAfter(cycle.id(), after, 7)) {
			assertThat(chunk).hasSizeLessThanOrEqualTo(7);
			chunk.forEach((report) -> chunked.add(report.id()));
			after = chunk.get(chunk.size() - 1).id();
		}
		assertThat(all).hasSizeGreaterThan(7 * 3);
		assertThat(chunked).isEqualTo(all);
	}

	@Test
	void aLeadSeesHowManyOthersHaveSubmittedTheirInputAndAReportItsFiguresAsEntered() {
		CycleView cycle = open(2011);
		long drc = this.stage.organisation("省发展改革委");
		long lead = reportOf(cycle, drc);
		Actor drcReporter = ReportingFixtures.reporter("drc", drc);
		long shared = as(this.reporter, () -> this.reports.get(reportOf(cycle, this.nongwei))).entries()
			.stream()
			.filter((e) -> e.code().equals("2.1.1"))
			.findFirst()
			.orElseThrow()
			.taskId();
		int before = as(drcReporter, () -> submittedInputs(this.reports.get(lead), shared));

		long id = reportOf(cycle, this.nongwei);
		int version = as(this.reporter,
				() -> ReportingFixtures.fillEverything(this.drafts, this.reports.get(id), "已完成"));
		as(this.reporter, () -> this.workflow.submit(id, version, "input"));

		int after = as(drcReporter, () -> submittedInputs(this.reports.get(lead), shared));
		assertThat(after).isEqualTo(before + 1);
		assertThat(as(drcReporter, () -> this.reports.consolidation(lead, shared)).contributions()).hasSize(after);

		OrganisationProgress owing = as(office(), () -> this.progress.dashboard(cycle.id())).organisations()
			.stream()
			.filter((o) -> !as(office(), () -> this.reports.get(o.reportId())).figures().isEmpty())
			.findFirst()
			.orElseThrow();
		Actor owingReporter = ReportingFixtures.reporter("owing", owing.organisationId());
		ReportView owed = as(owingReporter, () -> this.reports.get(owing.reportId()));
		FigureView first = owed.figures().get(0);
		as(owingReporter, () -> this.drafts.enterFigure(owed.id(), first.indicatorId(), owed.version(),
				new FigureEntry("12.5", "final", "统计公报", null)));
		FigureView entered = as(owingReporter, () -> this.reports.get(owing.reportId())).figures()
			.stream()
			.filter((f) -> f.indicatorId() == first.indicatorId())
			.findFirst()
			.orElseThrow();
		assertThat(entered.valueId()).isNotNull();
		assertThat(entered.value()).isEqualByComparingTo("12.5");
		assertThat(entered.source()).isEqualTo("统计公报");
	}

	private static int submittedInputs(ReportView report, long taskId) {
		return report.entries().stream().filter((e) -> e.taskId() == taskId).findFirst().orElseThrow().contributions();
	}

	@Test
	void aSecondCycleForTheSameYearIsRefused() {
		CycleView first = open(2011);
		assertThatExceptionOfType(CycleRefusal.CycleAlreadyOpen.class).isThrownBy(() -> open(2011))
			.satisfies((ex) -> assertThat(ex.arguments()).containsExactly("2011", String.valueOf(first.id())));
		assertThatExceptionOfType(CycleRefusal.YearOutsidePlan.class).isThrownBy(() -> open(2016));
	}

	@Test
	void theServicesThemselvesRefuseARoleOrOrganisationThatMayNotAct() {
		CycleView cycle = open(2011);
		long id = reportOf(cycle, this.nongwei);
		ReportView before = as(this.reporter, () -> this.reports.get(id));
		long task = before.entries().get(0).taskId();
		Actor leader = ReportingFixtures.leader();
		Actor stranger = ReportingFixtures.reporter("stranger", ReportingFixtures.organisation(this.directory, "省财政厅"));

		assertThatExceptionOfType(ReportingRefusal.NotYourRole.class).isThrownBy(() -> as(leader, () -> this.drafts
			.saveEntry(id, task, before.version(), new EntryChange("completed", "越权", null, null, null))));
		assertThatExceptionOfType(ReportingRefusal.NotYourOrganisation.class)
			.isThrownBy(() -> as(stranger, () -> this.reports.get(id)));
		assertThatExceptionOfType(ReportingRefusal.NotYourRole.class)
			.isThrownBy(() -> as(this.reporter, () -> this.workflow.accept(id, before.version())));
		assertThatExceptionOfType(ReportingRefusal.NotYourRole.class).isThrownBy(
				() -> as(this.reporter, () -> this.cycles.open(this.plan, new CycleOpening(2012, null, List.of()))));
		assertThat(as(this.reporter, () -> this.reports.get(id)).version()).isEqualTo(before.version());
	}

	@Test
	void aWriteOnAStaleVersionIsRefusedAndChangesNothing() {
		long id = reportOf(open(2011), this.nongwei);
		ReportView before = as(this.reporter, () -> this.reports.get(id));
		long task = before.entries().get(0).taskId();
		int next = as(this.reporter,
				() -> this.drafts
					.saveEntry(id, task, before.version(), new EntryChange("completed", "第一稿", null, null, null))
					.version());
		assertThat(next).isEqualTo(before.version() + 1);
		assertThatExceptionOfType(WorkflowRefusal.ReportChangedMeanwhile.class)
			.isThrownBy(() -> as(this.reporter,
					() -> this.drafts.saveEntry(id, task, before.version(),
							new EntryChange(null, "第二稿，基于旧版本", null, null, null))))
			.satisfies((ex) -> assertThat(ex.arguments()).containsExactly(String.valueOf(before.version()),
					String.valueOf(next)));
		assertThatExceptionOfType(IfMatch.VersionRequired.class).isThrownBy(() -> as(this.reporter,
				() -> this.drafts.saveEntry(id, task, null, new EntryChange(null, "没有版本", null, null, null))));
		EntryView saved = as(this.reporter, () -> this.reports.get(id)).entries().get(0);
		assertThat(saved.done()).isEqualTo("第一稿");
		assertThat(saved.status()).isEqualTo(EntryStatus.COMPLETED);
		assertThat(saved.revision()).isEqualTo(1);
	}

	@Test
	void everySubmissionIsKeptAndComparedFieldByFieldWithThePreviousOne() {
		long id = reportOf(open(2011), this.nongwei);
		Actor approver = ReportingFixtures.approver("nongwei-approver", this.nongwei);
		int version = as(this.reporter,
				() -> ReportingFixtures.fillEverything(this.drafts, this.reports.get(id), "已完成"));
		Submission first = as(this.reporter, () -> this.workflow.submit(id, version, "first"));
		int submitted = as(approver, () -> this.reports.get(id)).version();
		ReportView returned = as(approver, () -> this.workflow.returnFromApproval(id, submitted, "2.1.5 数据不全"));
		assertThat(returned.state()).isEqualTo(ReportState.DRAFT);
		assertThat(returned.returnedNote()).isEqualTo("2.1.5 数据不全");
		EntryView task = returned.entries().stream().filter((e) -> e.code().equals("2.1.5")).findFirst().orElseThrow();
		int changed = as(this.reporter,
				() -> this.drafts
					.saveEntry(id, task.taskId(), returned.version(),
							new EntryChange("completed", "补充了数据", "新建 12 处", null, null))
					.version());
		Submission second = as(this.reporter, () -> this.workflow.submit(id, changed, "second"));

		assertThat(first.number()).isEqualTo(1);
		assertThat(second.number()).isEqualTo(2);
		List<VersionInfo> versions = as(this.reporter, () -> this.reports.versions(id));
		assertThat(versions).extracting(VersionInfo::number).containsExactly(1, 2);
		VersionInfo kept = as(this.reporter, () -> this.reports.version(id, 1));
		assertThat(kept.snapshot().entries()).hasSize(27);
		assertThat(kept.snapshot().entries()).filteredOn((e) -> e.code().equals("2.1.5"))
			.extracting(ReportSnapshot.Entry::done)
			.containsExactly("已完成 2.1.5");
		VersionComparison comparison = as(this.reporter, () -> this.reports.comparison(id, 2));
		assertThat(comparison.from()).isEqualTo(1);
		assertThat(comparison.changes()).containsExactlyInAnyOrder(
				new FieldChange("entry", "2.1.5", "status", "in-progress", "completed"),
				new FieldChange("entry", "2.1.5", "done", "已完成 2.1.5", "补充了数据"),
				new FieldChange("entry", "2.1.5", "figures", null, "新建 12 处"));
		assertThat(as(this.reporter, () -> this.reports.transitions(id))).extracting(Transition::to)
			.containsExactly(ReportState.DRAFT, ReportState.SUBMITTED, ReportState.DRAFT, ReportState.SUBMITTED);
	}

	@Test
	void oneIdempotencyKeyStoresOneVersionAndTheDatabaseHoldsItAcrossNodes() {
		long id = reportOf(open(2011), this.nongwei);
		int version = as(this.reporter,
				() -> ReportingFixtures.fillEverything(this.drafts, this.reports.get(id), "已完成"));
		Submission first = as(this.reporter, () -> this.workflow.submit(id, version, "key-1"));
		Submission retried = as(this.reporter, () -> this.workflow.submit(id, version, "key-1"));
		assertThat(retried).isEqualTo(first);
		assertThat(count("select count(*) from report_version where report_id = " + id)).isEqualTo(1);
		// a second node that missed the first submission still cannot store the key again
		assertThatExceptionOfType(DuplicateKeyException.class).isThrownBy(() -> this.jdbc.sql("""
				insert into report_version (report_id, number, idempotency_key, snapshot, submitted_by, submitted_at)
				values (:id, 2, 'key-1', '{}', 'nongwei', :at)
				""").param("id", id).param("at", OffsetDateTime.now(this.clock)).update());
		assertThatExceptionOfType(WorkflowRefusal.ReportNotSubmittable.class)
			.isThrownBy(() -> as(this.reporter, () -> this.workflow.submit(id, version + 1, "key-2")));
	}

	@Test
	void eachMilestoneReachesEachOrganisationOnceHoweverOftenTheJobRuns() {
		CycleView cycle = open(2011);
		int organisations = cycle.organisations();
		assertThat(this.reminders.sendDue()).isEqualTo(organisations);
		assertThat(this.reminders.sendDue()).isZero();
		long id = reportOf(cycle, this.nongwei);
		int version = as(this.reporter,
				() -> ReportingFixtures.fillEverything(this.drafts, this.reports.get(id), "已完成"));
		as(this.reporter, () -> this.workflow.submit(id, version, "early"));

		ReportingTestConfiguration.of(this.clock).set(OffsetDateTime.parse("2012-03-01T09:00:00+08:00"));
		assertThat(this.reminders.sendDue()).isEqualTo(organisations - 1);
		assertThat(this.reminders.sendDue()).isZero();
		ReportingTestConfiguration.of(this.clock).advance(Duration.ofDays(40));
		// the 7- and 1-day reminders, then the deadline's overdue notice, each to
		// everybody but 省农委
		assertThat(this.reminders.sendDue()).isEqualTo(organisations - 1);
		assertThat(count("select count(*) from reminder_delivery")).isEqualTo(3L * organisations - 2);
		Set<String> kinds = new HashSet<>(
				this.jdbc.sql("select distinct kind from reporting_notification where organisation_id = :o")
					.param("o", this.nongwei)
					.query(String.class)
					.list());
		assertThat(kinds).containsExactly("opening");
	}

	private long count(String sql) {
		return this.jdbc.sql(sql).query(Long.class).single();
	}

	private CycleView openQuarter(int year, String quarter) {
		return as(office(), () -> this.cycles.open(this.plan, new CycleOpening(year, quarter, null, List.of())));
	}

	private void reportQuarterly(Integer daysAfterPeriod) {
		as(office(), () -> this.cycles.setSchedule(this.plan, 0, List.of(30, 7, 1), "Asia/Shanghai", "quarterly",
				daysAfterPeriod));
	}

	@Test
	void aQuarterlyPlanHasFourCyclesAYearEachDueAfterItsQuarterWithItsReminders() {
		reportQuarterly(null);
		assertThat(as(office(), () -> this.cycles.rhythm(this.plan))).isEqualTo(ReportingPeriod.Rhythm.QUARTERLY);
		assertThatExceptionOfType(CycleRefusal.PeriodRequired.class).isThrownBy(() -> open(2012));

		List<CycleView> quarters = List.of("Q1", "Q2", "Q3", "Q4").stream().map((q) -> openQuarter(2012, q)).toList();

		// ten days after each quarter's last day, 23:59 in the plan's time zone
		assertThat(quarters).extracting((c) -> c.deadline().toLocalDateTime().toString())
			.containsExactly("2012-04-10T23:59", "2012-07-10T23:59", "2012-10-10T23:59", "2013-01-10T23:59");
		assertThat(quarters).extracting((c) -> c.period().code())
			.containsExactly("2012-Q1", "2012-Q2", "2012-Q3", "2012-Q4");
		for (CycleView quarter : quarters) {
			assertThat(quarter.timetable()).filteredOn((m) -> m.kind().equals(Milestone.REMINDER))
				.extracting((m) -> m.dueAt().toLocalDate())
				.containsExactly(quarter.deadline().toLocalDate().minusDays(30),
						quarter.deadline().toLocalDate().minusDays(7), quarter.deadline().toLocalDate().minusDays(1));
		}
		assertThatExceptionOfType(CycleRefusal.CycleAlreadyOpen.class).isThrownBy(() -> openQuarter(2012, "Q1"))
			.satisfies((ex) -> assertThat(ex.arguments()).containsExactly("2012-Q1",
					String.valueOf(quarters.get(0).id())));
		assertThatExceptionOfType(CycleRefusal.PeriodOutOfRange.class).isThrownBy(() -> openQuarter(2012, "Q5"));
		assertThat(as(office(), () -> this.cycles.closingYear(this.plan, 2012))).get()
			.extracting(CycleView::id)
			.isEqualTo(quarters.get(3).id());
	}

	@Test
	void onlyTheQuarterThatClosesTheYearAsksForTheYearsFigures() {
		reportQuarterly(0);
		CycleView first = openQuarter(2012, "Q1");
		CycleView last = openQuarter(2012, "Q4");

		assertThat(figuresOwed(first)).isZero();
		assertThat(figuresOwed(last)).isPositive();
		// 每季度末: due on the quarter's last day
		assertThat(first.deadline().toLocalDate()).hasToString("2012-03-31");
	}

	private int figuresOwed(CycleView cycle) {
		return as(office(),
				() -> this.progress.dashboard(cycle.id())
					.organisations()
					.stream()
					.mapToInt((o) -> this.reports.get(o.reportId()).figures().size())
					.sum());
	}

	@Test
	void theDashboardAndTheTimelinessRecordAreKeptPerQuarter() {
		reportQuarterly(null);
		CycleView q1 = openQuarter(2012, "Q1");
		CycleView q2 = openQuarter(2012, "Q2");
		long report = reportOf(q1, this.nongwei);
		as(this.reporter, () -> {
			int version = ReportingFixtures.fillEverything(this.drafts, this.reports.get(report), "一季度已完成");
			this.workflow.submit(report, version, "q1");
		});

		ReportingTestConfiguration.of(this.clock).set(q1.deadline().plusDays(1));

		CycleDashboard first = as(office(), () -> this.progress.dashboard(q1.id()));
		CycleDashboard second = as(office(), () -> this.progress.dashboard(q2.id()));
		assertThat(first.overdue()).isEqualTo(first.organisations().size() - 1);
		assertThat(second.overdue()).isZero();
		List<Timeliness> onTime = as(office(), () -> this.progress.timeliness(q1.id()));
		assertThat(onTime).filteredOn((t) -> t.organisationId() == this.nongwei)
			.extracting(Timeliness::status)
			.containsExactly(TimelinessStatus.ON_TIME);
		assertThat(onTime).filteredOn((t) -> t.organisationId() != this.nongwei)
			.extracting(Timeliness::status)
			.containsOnly(TimelinessStatus.MISSING);
		assertThat(as(office(), () -> this.progress.timeliness(q2.id()))).extracting(Timeliness::status)
			.containsOnly(TimelinessStatus.PENDING);
	}

	@Test
	@DirtiesContext
	void aNoticeThatOrdersQuarterlyReportsHasQuarterlyCyclesDueWhenItSays() {
		String notice = """
				吉林省人民政府关于印发2012年重点工作分工方案的通知
				各市（州）人民政府，省政府各厅委办、各直属机构：
				一、重点任务
				（一）农业农村
				1.稳定粮食生产，确保粮食产量稳定在700亿斤以上。（省农委牵头）
				2.推进林业生态建设。（省林业厅负责）
				二、工作要求
				各牵头单位要于每季度结束后5日内将工作进展情况报送省政府。
				""";
		long quarterly = as(office(), () -> {
			ImportPreview preview = this.imports.upload(notice.getBytes(StandardCharsets.UTF_8), "季度分工.txt", "office");
			return this.imports.confirm(preview.importId(), "office").planId();
		});

		assertThat(this.register.plan(quarterly).reportingFrequency()).isEqualTo("quarterly");
		assertThat(as(office(), () -> this.cycles.rhythm(quarterly))).isEqualTo(ReportingPeriod.Rhythm.QUARTERLY);
		CycleView second = as(office(),
				() -> this.cycles.open(quarterly, new CycleOpening(2012, "Q2", null, List.of())));
		assertThat(second.deadline().toLocalDateTime()).hasToString("2012-07-05T23:59");
		assertThat(second.organisations()).isEqualTo(2);
	}

}
