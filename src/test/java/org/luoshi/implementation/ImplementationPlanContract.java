package org.luoshi.implementation;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.luoshi.security.Actor;
import org.luoshi.security.SecurityFixtures;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.luoshi.implementation.ImplementationFixtures.as;

/**
 * An implementation plan on a real database, on the seed plan: drafted by 省农委's reporter,
 * approved and filed by its approver, changed through a new version with a reason while
 * the filed one stays on file; the office's filing list with everyone still missing,
 * reminders and escalations delivered as notices; and every refusal leaving nothing
 * behind. Runs on H2 and on PostgreSQL (see the two subclasses).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.NONE, properties = "luoshi.demo.enabled=true")
abstract class ImplementationPlanContract {

	@Autowired
	ImplementationPlans plans;

	@Autowired
	Filings filings;

	@Autowired
	PlannedMeasures planned;

	@Autowired
	JdbcClient jdbc;

	long plan;

	long nongwei;

	long land;

	Actor reporter;

	Actor approver;

	List<Long> tasks;

	@BeforeEach
	void seedPlan() {
		ImplementationFixtures.clear(this.jdbc);
		this.plan = ImplementationFixtures.plan(this.jdbc);
		this.nongwei = ImplementationFixtures.organisation(this.jdbc, "省农委");
		this.land = ImplementationFixtures.organisation(this.jdbc, "省国土资源厅");
		this.reporter = SecurityFixtures.reporterOf(this.nongwei);
		this.approver = SecurityFixtures.approverOf(this.nongwei);
		this.tasks = ImplementationFixtures.tasksOf(this.jdbc, this.nongwei);
	}

	@AfterEach
	void leaveNoTrace() {
		ImplementationFixtures.clear(this.jdbc);
	}

	MeasureInput measure(long task, String text, MilestoneInput... milestones) {
		return new MeasureInput(task, text, null, "农村经济处", "张明 0431-88906123", List.of(milestones));
	}

	ImplementationPlanView draftOne() {
		return as(this.reporter,
				() -> this.plans.addMeasure(this.plan, this.nongwei, 0,
						measure(this.tasks.get(0), "制定现代农业示范区建设方案，分批认定省级示范区",
								new MilestoneInput("出台示范区认定办法", "2012-06", "省政府办公厅印发"),
								new MilestoneInput("认定首批省级示范区", "2012-Q4", "公布名单"))));
	}

	@Test
	void aPlanIsDraftedApprovedAndFiled() {
		ImplementationPlanView nothing = as(this.reporter, () -> this.plans.view(this.plan, this.nongwei));
		assertThat(nothing.shown()).isNull();
		assertThat(nothing.version()).isZero();
		assertThat(nothing.tasks()).extracting(TaskPlan::taskId).containsAll(this.tasks);

		ImplementationPlanView drafted = draftOne();
		assertThat(drafted.shown().number()).isEqualTo(1);
		assertThat(drafted.shown().state()).isEqualTo(ImplementationState.DRAFT);
		TaskPlan first = drafted.tasks().stream().filter((t) -> t.taskId() == this.tasks.get(0)).findFirst().get();
		assertThat(first.measures()).singleElement().satisfies((m) -> {
			assertThat(m.division()).isEqualTo("农村经济处");
			assertThat(m.milestones()).extracting(MilestoneView::due)
				.containsExactly(Due.month(java.time.YearMonth.of(2012, 6)), Due.quarter(2012, 4));
			assertThat(m.milestones().get(1).due().by()).isEqualTo(LocalDate.of(2012, 12, 31));
		});

		assertThatThrownBy(() -> as(this.reporter, () -> this.plans.approve(this.plan, this.nongwei, 1)))
			.isInstanceOf(ImplementationRefusal.NotYourRole.class);
		ImplementationPlanView approved = as(this.approver,
				() -> this.plans.approve(this.plan, this.nongwei, drafted.version()));
		assertThat(approved.shown().state()).isEqualTo(ImplementationState.APPROVED);
		assertThat(approved.shown().approvedBy()).isEqualTo(this.approver.username());
		assertThatThrownBy(
				() -> as(this.reporter,
						() -> this.plans.addMeasure(this.plan, this.nongwei, approved.version(),
								measure(this.tasks.get(1), "另一措施"))))
			.isInstanceOf(ImplementationRefusal.NotADraft.class);

		ImplementationPlanView filed = as(this.approver,
				() -> this.plans.file(this.plan, this.nongwei, approved.version()));
		assertThat(filed.shown().state()).isEqualTo(ImplementationState.FILED);
		assertThat(filed.shown().filedAt()).isNotNull();
		assertThat(this.planned.ofTask(this.tasks.get(0))).singleElement().satisfies((o) -> {
			assertThat(o.organisationId()).isEqualTo(this.nongwei);
			assertThat(o.versionNumber()).isEqualTo(1);
			assertThat(o.measures()).extracting(MeasureView::text).containsExactly("制定现代农业示范区建设方案，分批认定省级示范区");
		});
		assertThat(this.jdbc.sql("select count(*) from audit_entry where action like 'implementation.%'")
			.query(Integer.class)
			.single()).isGreaterThanOrEqualTo(3);
	}

	@Test
	void aFiledPlanChangesOnlyThroughANewVersionWithAReason() {
		ImplementationPlanView drafted = draftOne();
		ImplementationPlanView approved = as(this.approver,
				() -> this.plans.approve(this.plan, this.nongwei, drafted.version()));
		ImplementationPlanView filed = as(this.approver,
				() -> this.plans.file(this.plan, this.nongwei, approved.version()));

		assertThatThrownBy(
				() -> as(this.reporter, () -> this.plans.newVersion(this.plan, this.nongwei, filed.version(), "  ")))
			.isInstanceOf(ImplementationRefusal.ReasonRequired.class);
		ImplementationPlanView second = as(this.reporter,
				() -> this.plans.newVersion(this.plan, this.nongwei, filed.version(), "省政府调整示范区认定时间"));
		assertThat(second.shown().number()).isEqualTo(2);
		assertThat(second.shown().reason()).isEqualTo("省政府调整示范区认定时间");
		assertThat(second.shown().state()).isEqualTo(ImplementationState.DRAFT);
		assertThat(second.measureCount()).isEqualTo(1);
		// the office still reads the filed version 1 while version 2 is written
		ImplementationPlanView more = as(this.reporter, () -> this.plans.addMeasure(this.plan, this.nongwei,
				second.version(),
				measure(this.tasks.get(1), "开展农村土地承包经营权确权登记试点", new MilestoneInput("完成试点县确权登记", "2013", null))));
		assertThat(this.planned.ofTask(this.tasks.get(1))).isEmpty();
		assertThat(this.planned.ofTask(this.tasks.get(0))).singleElement()
			.extracting(OrganisationMeasures::versionNumber)
			.isEqualTo(1);

		ImplementationPlanView approvedAgain = as(this.approver,
				() -> this.plans.approve(this.plan, this.nongwei, more.version()));
		ImplementationPlanView filedAgain = as(this.approver,
				() -> this.plans.file(this.plan, this.nongwei, approvedAgain.version()));
		assertThat(filedAgain.versions()).extracting(VersionInfo::number, VersionInfo::state)
			.containsExactly(org.assertj.core.groups.Tuple.tuple(2, ImplementationState.FILED),
					org.assertj.core.groups.Tuple.tuple(1, ImplementationState.SUPERSEDED));
		assertThat(this.planned.ofTask(this.tasks.get(1))).singleElement()
			.extracting(OrganisationMeasures::versionNumber)
			.isEqualTo(2);
		// version 1 stays readable as it was filed
		ImplementationPlanView one = as(this.reporter, () -> this.plans.version(this.plan, this.nongwei, 1));
		assertThat(one.measureCount()).isEqualTo(1);
		assertThat(one.shown().state()).isEqualTo(ImplementationState.SUPERSEDED);
	}

	@Test
	void badInputIsRefusedAndNothingIsKept() {
		long notOurs = ImplementationFixtures.taskNotOf(this.jdbc, this.nongwei);
		assertThatThrownBy(() -> as(this.reporter,
				() -> this.plans.addMeasure(this.plan, this.nongwei, 0, measure(notOurs, "越权措施"))))
			.isInstanceOf(ImplementationRefusal.TaskNotCarried.class)
			.hasMessageContaining("not carried");
		assertThatThrownBy(() -> as(this.reporter,
				() -> this.plans.addMeasure(this.plan, this.nongwei, 0,
						measure(this.tasks.get(0), "措施", new MilestoneInput("规划期外的节点", "2016-Q1", null)))))
			.isInstanceOf(ImplementationRefusal.MilestoneOutsidePlan.class);
		assertThatThrownBy(() -> as(this.reporter,
				() -> this.plans.addMeasure(this.plan, this.nongwei, 0,
						measure(this.tasks.get(0), "措施", new MilestoneInput("节点", "明年", null)))))
			.isInstanceOf(ImplementationRefusal.DueUnreadable.class);
		assertThatThrownBy(() -> as(this.reporter,
				() -> this.plans.addMeasures(this.plan, this.nongwei, 0,
						List.of(measure(this.tasks.get(0), "好的措施"), measure(notOurs, "越权措施")), List.of())))
			.isInstanceOf(ImplementationRefusal.TaskNotCarried.class);
		assertThat(count("implementation_plan")).isZero();
		assertThat(count("implementation_measure")).isZero();

		// another organisation's reporter neither reads nor writes 省农委's plan
		Actor other = SecurityFixtures.reporterOf(this.land);
		assertThatThrownBy(() -> as(other, () -> this.plans.view(this.plan, this.nongwei)))
			.isInstanceOf(ImplementationRefusal.NotYourOrganisation.class);
		assertThatThrownBy(() -> as(other,
				() -> this.plans.addMeasure(this.plan, this.nongwei, 0, measure(this.tasks.get(0), "措施"))))
			.isInstanceOf(ImplementationRefusal.NotYourOrganisation.class);

		// two reporters writing on the same version: the second is refused as stale
		ImplementationPlanView drafted = draftOne();
		as(this.reporter, () -> this.plans.addMeasure(this.plan, this.nongwei, drafted.version(),
				measure(this.tasks.get(1), "第一位填报人的措施")));
		assertThatThrownBy(() -> as(this.reporter,
				() -> this.plans.addMeasure(this.plan, this.nongwei, drafted.version(),
						measure(this.tasks.get(1), "第二位填报人的措施"))))
			.isInstanceOf(ImplementationRefusal.Stale.class)
			.extracting((e) -> ((ImplementationRefusal) e).kind().status())
			.isEqualTo(412);
		assertThat(count("implementation_measure")).isEqualTo(2);
		assertThatThrownBy(
				() -> as(this.approver, () -> this.plans.file(this.plan, this.nongwei, drafted.version() + 1)))
			.isInstanceOf(ImplementationRefusal.WrongState.class);
	}

	@Test
	void theFilingListShowsWhoIsStillMissingAndRemindsThem() {
		int carriers = as(SecurityFixtures.office(), () -> this.filings.status(this.plan)).rows().size();
		assertThat(carriers).isGreaterThan(10);
		as(SecurityFixtures.office(), () -> this.filings.setDeadline(this.plan, LocalDate.of(2012, 6, 30)));
		ImplementationPlanView drafted = draftOne();
		as(this.approver, () -> this.plans.file(this.plan, this.nongwei,
				as(this.approver, () -> this.plans.approve(this.plan, this.nongwei, drafted.version())).version()));

		FilingStatus status = as(SecurityFixtures.office(), () -> this.filings.status(this.plan));
		assertThat(status.deadline()).isEqualTo(LocalDate.of(2012, 6, 30));
		assertThat(status.filedCount()).isEqualTo(1);
		assertThat(status.missing()).hasSize(carriers - 1)
			.extracting(FilingRow::organisationId)
			.doesNotContain(this.nongwei)
			.contains(this.land);
		// the missing come first, and past the deadline every one of them is late
		assertThat(status.rows().get(status.rows().size() - 1).organisationId()).isEqualTo(this.nongwei);
		assertThat(status.missing()).allMatch(FilingRow::late);
		FilingRow landRow = status.rows().stream().filter((r) -> r.organisationId() == this.land).findFirst().get();
		assertThat(landRow.tasks()).isEqualTo(ImplementationFixtures.tasksOf(this.jdbc, this.land).size());

		int reminded = as(SecurityFixtures.office(), () -> this.filings.remind(this.plan, null, "请于月底前报备"));
		assertThat(reminded).isEqualTo(carriers - 1);
		as(SecurityFixtures.office(), () -> this.filings.escalate(this.plan, this.land, null));
		assertThatThrownBy(
				() -> as(SecurityFixtures.office(), () -> this.filings.escalate(this.plan, this.nongwei, null)))
			.isInstanceOf(ImplementationRefusal.NothingToRemind.class);
		assertThatThrownBy(() -> as(this.reporter, () -> this.filings.remind(this.plan, null, null)))
			.isInstanceOf(ImplementationRefusal.NotYourRole.class);

		FilingRow landAfter = as(SecurityFixtures.office(), () -> this.filings.status(this.plan)).rows()
			.stream()
			.filter((r) -> r.organisationId() == this.land)
			.findFirst()
			.get();
		assertThat(landAfter.reminders()).isEqualTo(1);
		assertThat(landAfter.escalations()).isEqualTo(1);
		assertThat(this.jdbc
			.sql("select count(*) from reporting_notification where kind = 'filing-reminder' and message like :m")
			.param("m", "%请于月底前报备%")
			.query(Integer.class)
			.single()).isEqualTo(carriers - 1);
		assertThat(this.jdbc.sql(
				"select count(*) from reporting_notification where kind = 'filing-escalation' and organisation_id = :o")
			.param("o", this.land)
			.query(Integer.class)
			.single()).isEqualTo(1);

		// every task without a filed measure is unplanned; the one 省农委 planned is not
		List<UnplannedTask> unplanned = this.planned.unplanned(this.plan);
		assertThat(unplanned).extracting(UnplannedTask::taskId)
			.doesNotContain(this.tasks.get(0))
			.contains(this.tasks.get(1));
		assertThat(unplanned).hasSize(this.jdbc.sql("select count(*) from task where plan_id = :p and not removed")
			.param("p", this.plan)
			.query(Integer.class)
			.single() - 1);
	}

	private int count(String table) {
		return this.jdbc.sql("select count(*) from " + table).query(Integer.class).single();
	}

}
