package org.luoshi.reporting;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.luoshi.implementation.ImplementationFixtures;
import org.luoshi.implementation.ImplementationPlanView;
import org.luoshi.implementation.ImplementationPlans;
import org.luoshi.implementation.MeasureInput;
import org.luoshi.implementation.MilestoneInput;
import org.luoshi.security.Actor;
import org.luoshi.security.SecurityFixtures;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.luoshi.reporting.ReportingFixtures.as;

/**
 * A report against the milestones of the organisation's filed implementation plan, on a
 * real database: the entry of a task lists the milestones due in the report's period (not
 * those due later), asks done / not done / done late with evidence before the report may
 * be submitted, and an overdue milestone makes the task lagging by rule — in the entry,
 * the office's outcomes (which the annual report and the assessment read), the cycle
 * dashboard and the submitted snapshot — whatever status the reporter chose. Runs on H2
 * and PostgreSQL (see the two subclasses).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.NONE, properties = "luoshi.demo.enabled=true")
@Import(ReportingTestConfiguration.class)
abstract class MilestoneReportingContract {

	@Autowired
	ReportingStage stage;

	@Autowired
	Reports reports;

	@Autowired
	ReportDrafts drafts;

	@Autowired
	ReportWorkflow workflow;

	@Autowired
	TaskOutcomes outcomes;

	@Autowired
	CycleProgress progress;

	@Autowired
	ImplementationPlans plans;

	@Autowired
	JdbcClient jdbc;

	long plan;

	long nongwei;

	Actor reporter;

	@BeforeEach
	void stage() {
		this.plan = this.stage.afresh();
		ImplementationFixtures.clear(this.jdbc);
		this.nongwei = this.stage.organisation("省农委");
		this.reporter = SecurityFixtures.reporterOf(this.nongwei);
	}

	@AfterEach
	void leaveNoTrace() {
		ReportingFixtures.clear(this.jdbc);
		ImplementationFixtures.clear(this.jdbc);
	}

	/** 省农委 files an implementation plan with these measures. */
	void file(MeasureInput... measures) {
		ImplementationPlanView drafted = as(this.reporter,
				() -> this.plans.addMeasures(this.plan, this.nongwei, 0, List.of(measures), List.of()));
		Actor approver = SecurityFixtures.approverOf(this.nongwei);
		ImplementationPlanView approved = as(approver,
				() -> this.plans.approve(this.plan, this.nongwei, drafted.version()));
		as(approver, () -> this.plans.file(this.plan, this.nongwei, approved.version()));
	}

	EntryView entry(long report, long taskId) {
		return as(this.reporter, () -> this.reports.get(report)).entries()
			.stream()
			.filter((e) -> e.taskId() == taskId)
			.findFirst()
			.orElseThrow();
	}

	@Test
	void anOverdueMilestoneMakesTheTaskLaggingWhateverTheReporterChose() {
		long cycle = this.stage.open2011(this.nongwei).id();
		long report = this.stage.reportOf(cycle, this.nongwei);
		List<EntryView> counted = as(this.reporter, () -> this.reports.get(report)).entries()
			.stream()
			.filter((e) -> e.kind() != EntryKind.CONTRIBUTION)
			.toList();
		EntryView late = counted.get(0);
		EntryView onTime = counted.get(1);
		file(new MeasureInput(late.taskId(), "编制全省现代农业发展规划并组织实施", null, "发展计划处", null,
				List.of(new MilestoneInput("规划印发", "2011-06", "省政府批复"),
						new MilestoneInput("首批示范区挂牌", "2011-Q4", "公布名单"), new MilestoneInput("中期评估", "2013", null))),
				new MeasureInput(onTime.taskId(), "推进农业综合开发项目", null, "农业综合开发办", null,
						List.of(new MilestoneInput("项目批复", "2011-09-30", "批复文件"))));

		EntryView listed = entry(report, late.taskId());
		// the milestones due in 2011 only, in the order they fall due; unanswered and
		// past, so overdue
		assertThat(listed.milestones()).extracting(MilestoneAnswer::deliverable).containsExactly("规划印发", "首批示范区挂牌");
		assertThat(listed.milestones()).allMatch(MilestoneAnswer::overdue);
		assertThat(as(this.reporter, () -> this.reports.get(report)).missing())
			.contains(new Missing(Missing.MILESTONE, late.code(), late.taskId(), null));

		int filled = as(this.reporter,
				() -> ReportingFixtures.fillEverything(this.drafts, this.reports.get(report), "按计划推进"));
		int chosen = as(this.reporter, () -> this.drafts.saveEntry(report, late.taskId(), filled,
				new EntryChange("completed", "已全部完成", null, null, null)))
			.version();
		assertThatThrownBy(() -> as(this.reporter, () -> this.workflow.submit(report, chosen, "too-early")))
			.isInstanceOf(WorkflowRefusal.ReportIncomplete.class);

		long published = listed.milestones().get(0).milestoneId();
		long named = listed.milestones().get(1).milestoneId();
		long approved = entry(report, onTime.taskId()).milestones().get(0).milestoneId();
		// bad answers are refused and change nothing
		assertThatThrownBy(
				() -> as(this.reporter,
						() -> this.drafts.answerMilestone(report, late.taskId(), published, chosen,
								new MilestoneChange("done", null, " "))))
			.isInstanceOf(DraftRefusal.EvidenceRequired.class);
		assertThatThrownBy(() -> as(this.reporter,
				() -> this.drafts.answerMilestone(report, late.taskId(), published, chosen,
						new MilestoneChange("done-late", null, "省政府办公厅文件"))))
			.isInstanceOf(DraftRefusal.CompletionDateInvalid.class);
		assertThatThrownBy(() -> as(this.reporter,
				() -> this.drafts.answerMilestone(report, late.taskId(), published, chosen,
						new MilestoneChange("done", LocalDate.of(2011, 8, 1), "文件"))))
			.isInstanceOf(DraftRefusal.CompletionDateInvalid.class);
		assertThatThrownBy(() -> as(this.reporter,
				() -> this.drafts.answerMilestone(report, late.taskId(), published, chosen,
						new MilestoneChange("finished", null, null))))
			.isInstanceOf(DraftRefusal.UnknownMilestoneOutcome.class);
		assertThatThrownBy(
				() -> as(this.reporter,
						() -> this.drafts.answerMilestone(report, late.taskId(), approved, chosen,
								new MilestoneChange("done", null, "批复文件"))))
			.isInstanceOf(DraftRefusal.MilestoneNotDue.class);
		assertThat(this.jdbc.sql("select count(*) from report_milestone").query(Integer.class).single()).isZero();

		int one = as(this.reporter, () -> this.drafts.answerMilestone(report, late.taskId(), published, chosen,
				new MilestoneChange("done-late", LocalDate.of(2011, 8, 1), "吉政函〔2011〕88号")))
			.version();
		EntryView answered = as(this.reporter, () -> this.drafts.answerMilestone(report, late.taskId(), named, one,
				new MilestoneChange("not-done", null, null)))
			.value();
		assertThat(answered.milestones()).extracting(MilestoneAnswer::overdue).containsExactly(false, true);
		assertThat(answered.status()).isEqualTo(EntryStatus.COMPLETED);
		assertThat(answered.counted()).isEqualTo(EntryStatus.LAGGING);
		int two = as(this.reporter, () -> this.reports.get(report)).version();
		int three = as(this.reporter, () -> this.drafts.answerMilestone(report, onTime.taskId(), approved, two,
				new MilestoneChange("done", LocalDate.of(2011, 9, 20), "农综发〔2011〕12号")))
			.version();
		as(this.reporter, () -> this.workflow.submit(report, three, "with-milestones"));

		List<TaskOutcome> told = as(ReportingFixtures.office(), () -> this.outcomes.of(cycle));
		assertThat(told).filteredOn((o) -> o.taskId() == late.taskId())
			.singleElement()
			.extracting(TaskOutcome::status)
			.isEqualTo(EntryStatus.LAGGING);
		assertThat(told).filteredOn((o) -> o.taskId() == onTime.taskId())
			.singleElement()
			.extracting(TaskOutcome::status)
			.isEqualTo(EntryStatus.IN_PROGRESS);
		assertThat(as(ReportingFixtures.office(), () -> this.progress.dashboard(cycle)).organisations())
			.filteredOn((o) -> o.organisationId() == this.nongwei)
			.singleElement()
			.extracting(OrganisationProgress::laggingByRule)
			.isEqualTo(1);
		ReportSnapshot.Entry kept = as(this.reporter, () -> this.reports.version(report, 1)).snapshot()
			.entries()
			.stream()
			.filter((e) -> e.taskId() == late.taskId())
			.findFirst()
			.orElseThrow();
		assertThat(kept.status()).isEqualTo("completed");
		assertThat(kept.milestones()).extracting(ReportSnapshot.Milestone::outcome, ReportSnapshot.Milestone::overdue)
			.containsExactly(org.assertj.core.groups.Tuple.tuple("done-late", false),
					org.assertj.core.groups.Tuple.tuple("not-done", true));
	}

	@Test
	void withoutAnImplementationPlanAReportCountsTheReportersWord() {
		long cycle = this.stage.open2011(this.nongwei).id();
		long report = this.stage.reportOf(cycle, this.nongwei);
		assertThat(as(this.reporter, () -> this.reports.get(report)).entries())
			.allMatch((e) -> e.milestones().isEmpty() && !e.laggingByRule());
		int filled = as(this.reporter,
				() -> ReportingFixtures.fillEverything(this.drafts, this.reports.get(report), "按计划推进"));
		as(this.reporter, () -> this.workflow.submit(report, filled, "plain"));
		assertThat(as(ReportingFixtures.office(), () -> this.outcomes.of(cycle)))
			.allMatch((o) -> o.status() == EntryStatus.IN_PROGRESS);
	}

}
