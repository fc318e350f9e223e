package org.luoshi.plan;

import org.luoshi.security.NotPermitted;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.luoshi.organisation.NewOrganisation;
import org.luoshi.organisation.OrganisationDirectory;
import org.luoshi.organisation.OrganisationKind;
import org.luoshi.organisation.OrganisationRef;
import org.luoshi.organisation.internal.Successions;
import org.luoshi.testing.SettableClock;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.context.annotation.Primary;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.annotation.DirtiesContext;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * The register on a real database, started as the README's first command starts it: the
 * demo directory and the seed notice imported. Runs on H2 and on PostgreSQL (see the two
 * subclasses). Tests that change the register get a fresh database.
 */
@WithMockUser(username = "office", roles = "OFFICE")
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.NONE, properties = "luoshi.demo.enabled=true")
@Import(PlanRegisterContract.TodayClock.class)
abstract class PlanRegisterContract {

	/** The application's clock, set to now, which a test may move on. */
	@TestConfiguration(proxyBeanMethods = false)
	static class TodayClock {

		@Bean
		@Primary
		SettableClock settableClock() {
			return new SettableClock(Instant.now(), ZoneId.systemDefault());
		}

	}

	@Autowired
	PlanRegister register;

	@Autowired
	NoticeImports imports;

	@Autowired
	OrganisationDirectory directory;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	TaskCorrections corrections;

	@Autowired
	Successions successions;

	@Autowired
	SettableClock clock;

	private PlanOverview seedPlan() {
		List<PlanOverview> plans = register.plans();
		assertThat(plans).hasSize(1);
		return plans.get(0);
	}

	private long id(String name) {
		return directory.resolve(name).orElseThrow().id();
	}

	@Test
	void demoStartImportsTheSeedPlanWithAllItsTasks() {
		PlanOverview plan = seedPlan();
		assertThat(plan.title()).isEqualTo("吉林省国民经济和社会发展第十二个五年规划纲要");
		assertThat(plan.startYear()).isEqualTo(2011);
		assertThat(plan.chapters()).hasSize(13);
		assertThat(plan.sectionCount()).isEqualTo(53);
		assertThat(plan.taskCount()).isEqualTo(146);
		assertThat(register.tasks(plan.id(), TaskFilter.none(), 0, 500).total()).isEqualTo(146);
	}

	@Test
	void theDevelopmentCommissionAnswersForFiftyTasks() {
		OrganisationTasks tasks = register.tasksOf(id("省发展改革委"), seedPlan().id());
		assertThat(tasks.tasks()).hasSize(50);
		assertThat(tasks.count(OrganisationTasks.LEADS)).isEqualTo(31);
		assertThat(tasks.leadsAlone()).isEqualTo(12);
		assertThat(tasks.count(OrganisationTasks.SHARES)).isEqualTo(18);
		assertThat(tasks.count(OrganisationTasks.BY_DUTY)).isEqualTo(1);
		assertThat(tasks.chapters().stream().mapToInt(c -> c.leads() + c.shares() + c.byDuty()).sum()).isEqualTo(50);
	}

	@Test
	void theAgricultureCommitteeAnswersForTwentySevenTasks() {
		assertThat(register.tasksOf(id("省农委"), seedPlan().id()).tasks()).hasSize(27);
	}

	@Test
	void aCityAnswersForTasksGivenToAllCitiesThroughTheCollectiveName() {
		OrganisationTasks changchun = register.tasksOf(id("长春市政府"), null);
		assertThat(changchun.tasks()).extracting(p -> p.task().code()).contains("5.1.1", "5.1.2", "5.4.2");
		assertThat(changchun.tasks()).filteredOn(p -> p.task().code().equals("5.1.1"))
			.extracting(OrganisationTasks.Part::through)
			.containsExactly("各市（州）政府");
		assertThat(changchun.tasks()).filteredOn(p -> p.task().code().equals("5.1.2"))
			.extracting(OrganisationTasks.Part::through)
			.containsNull();
	}

	@Test
	void findsTasksByWordsOrganisationChapterAndRole() {
		long plan = seedPlan().id();
		assertThat(register.tasks(plan, new TaskFilter("森林覆盖率", null, null, null), 0, 50).items())
			.extracting(TaskSummary::code)
			.containsExactly("1.0.7");
		assertThat(register.tasks(plan, new TaskFilter(null, id("省发展改革委"), 1, "lead"), 0, 50).items())
			.extracting(TaskSummary::code)
			.containsExactly("1.0.4", "1.0.5");
		assertThat(register.tasks(plan, new TaskFilter(null, null, null, "by-duty"), 0, 50).total()).isEqualTo(4);
		assertThat(register.tasks(plan, TaskFilter.none(), 1, 100).items()).hasSize(46);
	}

	@Test
	void aTaskKeepsItsSourceLineAndClause() {
		TaskSummary first = register.tasks(seedPlan().id(), TaskFilter.none(), 0, 1).items().get(0);
		TaskDetail detail = register.task(first.id());
		assertThat(detail.summary().code()).isEqualTo("1.0.1");
		assertThat(detail.summary().sourceLine()).isEqualTo(20);
		assertThat(detail.sourceText()).isEqualTo("耕地保有量保持在553万公顷。（省国土资源厅牵头）");
		assertThat(detail.responsibilityClause()).isEqualTo("（省国土资源厅牵头）");
		assertThat(detail.chapterTitle()).isEqualTo("约束性指标");
	}

	@Test
	void theMatrixCountsEveryOrganisationPerChapter() {
		ResponsibilityMatrix matrix = register.matrix(seedPlan().id());
		assertThat(matrix.chapters()).hasSize(13);
		assertThat(matrix.rows()).hasSize(81);
		ResponsibilityMatrix.Row top = matrix.rows().get(0);
		assertThat(top.name()).isEqualTo("省发展改革委");
		assertThat(top.total()).isEqualTo(50);
		assertThat(top.leads()).isEqualTo(31);
	}

	@Test
	@DirtiesContext
	void correctionsAreRecordedWithWhoWhyAndThePreviousValue() {
		TaskSummary task = register.tasks(seedPlan().id(), new TaskFilter(null, null, 1, null), 0, 1).items().get(0);
		long finance = id("省财政厅");
		TaskDetail added = corrections.addOrganisation(task.id(), 0, finance, "supporting", "补充配合单位", "office");
		assertThat(added.summary().assignments()).extracting(AssignmentView::name, AssignmentView::role)
			.containsExactly(org.assertj.core.groups.Tuple.tuple("省国土资源厅", "lead"),
					org.assertj.core.groups.Tuple.tuple("省财政厅", "supporting"));
		TaskDetail led = corrections.changeLead(task.id(), added.version(), finance, "调整牵头", "office");
		assertThat(led.summary().lead()).isEqualTo("省财政厅");
		TaskDetail removed = corrections.removeOrganisation(task.id(), led.version(), id("省国土资源厅"), "机构调整", "office");
		assertThat(removed.summary().assignments()).extracting(AssignmentView::name).containsExactly("省财政厅");
		assertThat(removed.corrections())
			.extracting(TaskCorrection::field, TaskCorrection::previousValue, TaskCorrection::newValue,
					TaskCorrection::actor)
			.containsExactly(org.assertj.core.groups.Tuple.tuple("responsible", "省国土资源厅", "省国土资源厅、省财政厅", "office"),
					org.assertj.core.groups.Tuple.tuple("lead", "省国土资源厅", "省财政厅", "office"),
					org.assertj.core.groups.Tuple.tuple("responsible", "省国土资源厅、省财政厅", "省财政厅", "office"));
		assertThatExceptionOfType(org.springframework.dao.OptimisticLockingFailureException.class)
			.isThrownBy(() -> corrections.correctText(task.id(), 0, "旧版本上的修改", "", "office"));
		assertThatExceptionOfType(TaskCorrections.CorrectionRefused.class)
			.isThrownBy(() -> corrections.removeOrganisation(task.id(), removed.version(), finance, "", "office"));
	}

	@Test
	@DirtiesContext
	void theSameNoticeTwiceIsRecognisedByItsDigestAndNotStoredAgain() {
		ImportPreview preview = imports.upload(PlanFixtures.seed(), "again.txt", "office");
		assertThat(preview.kind()).isEqualTo(ImportKind.ALREADY_IMPORTED);
		assertThat(preview.planId()).isEqualTo(seedPlan().id());
		assertThatExceptionOfType(ImportRefusal.NoticeAlreadyImported.class)
			.isThrownBy(() -> imports.confirm(preview.importId(), "office"));
		assertThat(jdbc.sql("select count(*) from notice").query(Integer.class).single()).isEqualTo(1);
		assertThat(register.plans()).hasSize(1);
	}

	@Test
	@DirtiesContext
	void aRevisedNoticeShowsItsDiffAndKeepsUnchangedTasks() {
		long plan = seedPlan().id();
		List<TaskSummary> before = register.tasks(plan, TaskFilter.none(), 0, 500).items();
		ImportPreview preview = imports.upload(PlanFixtures.revisedSeed(), "revised.txt", "office");
		assertThat(preview.kind()).isEqualTo(ImportKind.REVISION);
		RevisionDiff diff = preview.revision();
		assertThat(diff.changed()).extracting(RevisionDiff.TaskChange::code).containsExactly("2.1.2");
		assertThat(diff.removed()).extracting(RevisionDiff.TaskChange::code).containsExactly("2.1.5");
		assertThat(diff.added()).extracting(RevisionDiff.TaskChange::code).containsExactly("2.4.4");
		assertThat(diff.reassigned()).extracting(RevisionDiff.TaskChange::code).containsExactly("2.4.1");
		assertThat(diff.unchanged()).isEqualTo(143);
		assertThat(register.tasks(plan, TaskFilter.none(), 0, 500).items()).isEqualTo(before);

		imports.confirm(preview.importId(), "office");
		List<TaskSummary> after = register.tasks(plan, TaskFilter.none(), 0, 500).items();
		assertThat(after).hasSize(146);
		assertThat(after.get(0).id()).isEqualTo(before.get(0).id());
		TaskSummary changed = after.stream().filter(t -> t.code().equals("2.1.2")).findFirst().orElseThrow();
		assertThat(changed.id())
			.isEqualTo(before.stream().filter(t -> t.code().equals("2.1.2")).findFirst().orElseThrow().id());
		assertThat(changed.text()).contains("300万亩");
		assertThat(register.task(changed.id()).corrections()).extracting(TaskCorrection::field).containsExactly("text");
		TaskSummary reassigned = after.stream().filter(t -> t.code().equals("2.4.1")).findFirst().orElseThrow();
		assertThat(reassigned.assignments()).extracting(AssignmentView::writtenName).containsExactly("省农委", "省财政厅");
		long removed = before.stream().filter(t -> t.code().equals("2.1.5")).findFirst().orElseThrow().id();
		assertThat(register.task(removed).removed()).isTrue();
		assertThat(register.task(removed).corrections()).extracting(TaskCorrection::field).containsExactly("removed");
		assertThat(jdbc.sql("select count(*) from plan_revision where plan_id = :p")
			.param("p", plan)
			.query(Integer.class)
			.single()).isEqualTo(2);
	}

	@Test
	@DirtiesContext
	void aTaskKeepsTheTimeLimitItsClauseStates() {
		ImportPreview preview = imports.upload(PlanFixtures.noticeWithTimeLimit(), "yearly.txt", "office");
		ImportConfirmed confirmed = imports.confirm(preview.importId(), "office");
		List<TaskSummary> tasks = register.tasks(confirmed.planId(), TaskFilter.none(), 0, 10).items();
		assertThat(tasks).extracting(t -> register.task(t.id()).timeLimit()).containsExactly("2021年底前完成", null);
		assertThat(register.plans()).filteredOn(p -> p.id() == confirmed.planId())
			.singleElement()
			.satisfies(p -> assertThat(p.startYear()).isEqualTo(2021));
	}

	@Test
	@DirtiesContext
	void namesTheDirectoryDoesNotKnowWaitForTheOffice() {
		ImportPreview preview = imports.upload(PlanFixtures.noticeWithUnknownOrganisation(), "county.txt", "office");
		assertThat(preview.kind()).isEqualTo(ImportKind.NEW_PLAN);
		assertThat(preview.unknownNames()).containsExactly("省大数据中心");
		assertThat(directory.findByName("省大数据中心")).isEmpty();
		assertThatExceptionOfType(ImportRefusal.UnknownOrganisationsRemain.class)
			.isThrownBy(() -> imports.confirm(preview.importId(), "office"));
		assertThat(register.plans()).hasSize(1);

		OrganisationRef created = directory.create(new NewOrganisation("省大数据中心", null, List.of(),
				OrganisationKind.GOVERNMENT_DEPARTMENT, null, null, List.of()), "office");
		assertThat(imports.map(preview.importId(), "省大数据中心", created.id()).readyToConfirm()).isTrue();
		ImportConfirmed confirmed = imports.confirm(preview.importId(), "office");
		assertThat(register.plans()).hasSize(2);
		assertThat(register.tasksOf(created.id(), confirmed.planId()).tasks()).hasSize(1);
		assertThatExceptionOfType(ImportRefusal.ImportAlreadyDecided.class)
			.isThrownBy(() -> imports.confirm(preview.importId(), "office"));
	}

	@Test
	@DirtiesContext
	void aRenamedOrganisationsOpenTasksGoToItsSuccessor() {
		long nongwei = id("省农委");
		OrganisationRef successor = directory.rename(nongwei, "省农业农村厅", LocalDate.of(2018, 10, 1), "office");
		long plan = seedPlan().id();
		assertThat(register.tasksOf(successor.id(), plan).tasks()).hasSize(27);
		assertThat(register.tasksOf(nongwei, plan).tasks()).isEmpty();
		assertThat(jdbc.sql("select count(*) from assignment where organisation_id = :o and ended_at is not null")
			.param("o", nongwei)
			.query(Integer.class)
			.single()).isEqualTo(27);
	}

	@Test
	@DirtiesContext
	void aRenameAnnouncedForLaterCarriesTheTasksOnItsDay() {
		long nongwei = id("省农委");
		long plan = seedPlan().id();
		LocalDate effective = LocalDate.now(clock).plusDays(30);
		OrganisationRef successor = directory.rename(nongwei, "省农业农村厅", effective, "office");
		// until the reform takes effect the committee still answers for its tasks
		assertThat(register.tasksOf(nongwei, plan).tasks()).hasSize(27);
		assertThat(register.tasksOf(successor.id(), plan).tasks()).isEmpty();
		assertThat(successions.takeEffect()).isZero();
		clock.advance(Duration.ofDays(29));
		assertThat(successions.takeEffect()).isZero();
		clock.advance(Duration.ofDays(1));
		assertThat(successions.takeEffect()).isEqualTo(1);
		assertThat(register.tasksOf(successor.id(), plan).tasks()).hasSize(27);
		assertThat(register.tasksOf(nongwei, plan).tasks()).isEmpty();
		// carried once: the next day's run finds nothing left
		clock.advance(Duration.ofDays(1));
		assertThat(successions.takeEffect()).isZero();
		assertThat(register.tasksOf(successor.id(), plan).tasks()).hasSize(27);
	}

	@Test
	@DirtiesContext
	void aMergerNamesTheSuccessorOnceOnTasksBothShared() {
		// the agricultural development office went into the finance department; both
		// shared some tasks
		long finance = id("省财政厅");
		long nongfa = id("省农发办");
		java.util.Set<Long> union = new java.util.HashSet<>();
		register.tasksOf(finance, null).tasks().forEach(p -> union.add(p.task().id()));
		int financeAlone = union.size();
		register.tasksOf(nongfa, null).tasks().forEach(p -> union.add(p.task().id()));
		assertThat(union.size()).as("the two shared some tasks and not others").isBetween(financeAlone + 1, 1000);

		directory.merge(List.of(nongfa), finance, LocalDate.of(2018, 10, 1), "office");
		OrganisationTasks merged = register.tasksOf(finance, null);
		assertThat(merged.tasks()).extracting(p -> p.task().id()).containsExactlyInAnyOrderElementsOf(union);
		merged.tasks()
			.forEach(p -> assertThat(p.task().assignments()).filteredOn(a -> a.organisationId() == finance).hasSize(1));
		assertThat(register.tasksOf(nongfa, null).tasks()).isEmpty();
	}

	@Test
	@WithMockUser(username = "nongwei", roles = "REPORTER")
	void theServicesThemselvesRefuseAnyoneButTheOfficeImportingOrCorrecting() {
		TaskSummary task = register.tasks(seedPlan().id(), TaskFilter.none(), 0, 1).items().get(0);
		int before = register.task(task.id()).version();
		long imported = jdbc.sql("select count(*) from notice_import").query(Long.class).single();

		assertThatExceptionOfType(NotPermitted.class)
			.isThrownBy(() -> imports.upload(PlanFixtures.seed(), "again.txt", "nongwei"))
			.satisfies((refused) -> assertThat(refused.action()).isEqualTo("import-notice"));
		assertThatExceptionOfType(NotPermitted.class).isThrownBy(() -> imports.preview(1));
		assertThatExceptionOfType(NotPermitted.class)
			.isThrownBy(() -> corrections.correctText(task.id(), before, "改写", "", "nongwei"))
			.satisfies((refused) -> assertThat(refused.action()).isEqualTo("correct-task"));
		assertThat(register.task(task.id()).version()).isEqualTo(before);
		assertThat(jdbc.sql("select count(*) from notice_import").query(Long.class).single()).isEqualTo(imported);
	}

}
