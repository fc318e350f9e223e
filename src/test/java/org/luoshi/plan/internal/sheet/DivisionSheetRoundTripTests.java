package org.luoshi.plan.internal.sheet;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.luoshi.notice.ChapterDraft;
import org.luoshi.notice.NoticeDraft;
import org.luoshi.notice.NoticeFixtures;
import org.luoshi.notice.ResponsibilityMode;
import org.luoshi.notice.ResponsibleOrganisation;
import org.luoshi.notice.SectionDraft;
import org.luoshi.notice.SourceFormat;
import org.luoshi.notice.TaskDraft;
import org.luoshi.plan.AssignmentView;
import org.luoshi.plan.PlanStructure;
import org.luoshi.plan.TaskSummary;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/**
 * Exporting a register and reading the sheet back gives the register again: the same
 * chapters, sections and tasks, field by field.
 */
class DivisionSheetRoundTripTests {

	@Test
	void readsBackTheChaptersAndSectionsItExported() {
		NoticeDraft draft = DivisionSheetReader.read(DivisionSheetFixtures.exported(), "分工表.xlsx").draft();
		assertThat(draft.chapters()).extracting(ChapterDraft::number, ChapterDraft::label, ChapterDraft::title)
			.containsExactly(tuple(1, "（一）", "约束性指标"), tuple(2, "（二）", "促进率先实现农业现代化"), tuple(3, "（三）", "统筹推进吉林特色城镇化"),
					tuple(4, "（四）", "实现发展宏伟蓝图"));
		assertThat(draft.chapters().get(1).sections())
			.extracting(SectionDraft::number, SectionDraft::label, SectionDraft::title)
			.containsExactly(tuple(1, "1.", "大力提高农业综合生产能力"), tuple(2, "2.", "加快构建现代农业产业体系"));
		assertThat(draft.chapters().get(1).sections().get(1).tasks()).isEmpty();
		assertThat(draft.chapters().get(2).sections()).extracting(SectionDraft::label).containsExactly("１.");
		assertThat(draft.chapters().get(3).sections()).isEmpty();
		assertThat(draft.chapters().get(3).tasks()).isEmpty();
		assertThat(draft.plan().title()).isEqualTo(DivisionSheetFixtures.PLAN_TITLE);
	}

	@Test
	void readsBackEveryTaskFieldByField() {
		NoticeDraft draft = DivisionSheetReader.read(DivisionSheetFixtures.exported(), "分工表.xlsx").draft();
		List<TaskDraft> read = draft.tasks().toList();
		List<TaskSummary> written = DivisionSheetFixtures.tasks();
		assertThat(read).hasSameSizeAs(written);
		for (int i = 0; i < written.size(); i++) {
			assertSame(read.get(i), written.get(i));
		}
		assertThat(draft.chapters().get(0).tasks()).extracting(TaskDraft::id).containsExactly("1.0.1", "1.0.2");
	}

	@Test
	void rebuildsEachResponsibilityClauseInTheNoticesStyle() {
		List<String> clauses = DivisionSheetReader.read(DivisionSheetFixtures.exported(), "分工表.xlsx")
			.draft()
			.tasks()
			.map(TaskDraft::responsibilityClause)
			.toList();
		assertThat(clauses).containsExactly("（省国土资源厅牵头）", "（省水利厅、省发展改革委、省工业信息化厅、省住房城乡建设厅等部门按职责分工负责）",
				"（省发展改革委、省农委、省财政厅负责）", "（科技部牵头，发展改革委、财政部参与）", "（省金融办牵头，省农委配合）", "（省发展改革委、省住房城乡建设厅、各市（州）政府负责）",
				"（省农委指导，各市（州）政府负责）");
	}

	@Test
	void readsBackATaskThatLooksLikeAFormulaAsItsLiteralText() {
		TaskDraft credit = DivisionSheetReader.read(DivisionSheetFixtures.exported(), "分工表.xlsx")
			.draft()
			.tasks()
			.filter(t -> t.id().equals("2.1.3"))
			.findFirst()
			.orElseThrow();
		assertThat(credit.text()).isEqualTo("=1+1");
	}

	@Test
	void readsBackAnOpenListWhoseMembersCarryTheirOwnRoles() {
		TaskSummary evaluation = DivisionSheetFixtures.task(1, "1.0.1", 1, 0, "完善科研评价。", "lead", true, 8,
				DivisionSheetFixtures.assignment(1, "省科技厅", "省科技厅", "lead"),
				DivisionSheetFixtures.assignment(2, "省教育厅", "省教育厅", "by-duty"),
				DivisionSheetFixtures.assignment(3, "省人力资源和社会保障厅", "省人力资源社会保障厅", "by-duty"));
		PlanStructure structure = new PlanStructure(1,
				List.of(new PlanStructure.Chapter(1, "（一）", "提高区域创新能力", 3, List.of())));
		byte[] xlsx = DivisionSheet.xlsx(structure, List.of(evaluation));

		TaskDraft read = DivisionSheetReader.read(xlsx, "分工表.xlsx").draft().tasks().findFirst().orElseThrow();

		assertThat(DivisionRows.responsible(evaluation, evaluation.assignments().get(0)))
			.isEqualTo("省科技厅、省教育厅：按职责分工负责、省人力资源社会保障厅：按职责分工负责等");
		assertSame(read, evaluation);
		assertThat(read.responsibilityClause()).isEqualTo("（省科技厅牵头，省教育厅、省人力资源社会保障厅等部门按职责分工负责）");
	}

	@Test
	void namesTheKindOfEachOrganisationFromItsName() {
		TaskDraft urbanisation = DivisionSheetReader.read(DivisionSheetFixtures.exported(), "分工表.xlsx")
			.draft()
			.tasks()
			.filter(t -> t.id().equals("3.1.1"))
			.findFirst()
			.orElseThrow();
		assertThat(urbanisation.responsible())
			.extracting(ResponsibleOrganisation::name, ResponsibleOrganisation::kind,
					ResponsibleOrganisation::collective)
			.containsExactly(tuple("省发展改革委", "provincial-unit", false), tuple("省住房城乡建设厅", "provincial-unit", false),
					tuple("各市（州）政府", "city-government", true));
	}

	@Test
	void keepsTheSheetAsTextWithOneLinePerRowAndTheDigestOfTheFile() throws Exception {
		byte[] xlsx = DivisionSheetFixtures.exported();
		SheetImport read = DivisionSheetReader.read(xlsx, "分工表.xlsx");
		assertThat(read.text().format()).isEqualTo(SourceFormat.XLSX);
		assertThat(read.text().sha256()).isEqualTo(
				java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256").digest(xlsx)));
		assertThat(read.text().byteSize()).isEqualTo(xlsx.length);
		assertThat(read.text().line(1)).isEqualTo("序号\t章\t节\t任务\t牵头单位\t责任单位\t方式\t原文行号");
		assertThat(read.text().line(2)).isEqualTo("1.0.1\t（一）约束性指标\t\t耕地保有量保持在553万公顷。\t省国土资源厅\t省国土资源厅\t牵头\t20");
		assertThat(read.text().lines()).hasSize(10);
		assertThat(read.rows()).containsEntry("1.0.1", 2).containsEntry("3.1.2", 9);
	}

	@Test
	void exportsTheSeedPlanAndReadsBackTheSame146Tasks() {
		NoticeDraft seed = NoticeFixtures.parseSeed();
		PlanStructure structure = DivisionSheetFixtures.structureOf(seed);
		byte[] xlsx = DivisionSheet.xlsx(structure, DivisionSheetFixtures.tasksOf(seed));

		NoticeDraft read = DivisionSheetReader.read(xlsx, "jilin-division.xlsx").draft();

		assertThat(read.chapters()).extracting(ChapterDraft::number, ChapterDraft::label, ChapterDraft::title)
			.containsExactlyElementsOf(
					seed.chapters().stream().map(c -> tuple(c.number(), c.label(), c.title())).toList());
		assertThat(read.chapters().stream().flatMap(c -> c.sections().stream()))
			.extracting(SectionDraft::number, SectionDraft::label, SectionDraft::title)
			.containsExactlyElementsOf(seed.chapters()
				.stream()
				.flatMap(c -> c.sections().stream())
				.map(s -> tuple(s.number(), s.label(), s.title()))
				.toList());
		List<TaskDraft> expected = seed.tasks().toList();
		List<TaskDraft> actual = read.tasks().toList();
		assertThat(actual).hasSize(146).hasSameSizeAs(expected);
		for (int i = 0; i < expected.size(); i++) {
			TaskDraft want = expected.get(i);
			TaskDraft got = actual.get(i);
			assertThat(got.id()).isEqualTo(want.id());
			assertThat(got.text()).as(want.id()).isEqualTo(want.text());
			assertThat(got.mode()).as(want.id()).isEqualTo(want.mode());
			assertThat(got.lead()).as(want.id()).isEqualTo(want.lead());
			assertThat(got.openEnded()).as(want.id()).isEqualTo(want.openEnded());
			assertThat(got.line()).as(want.id()).isEqualTo(want.line());
			assertThat(got.responsible()).as(want.id())
				.extracting(ResponsibleOrganisation::name, ResponsibleOrganisation::role, ResponsibleOrganisation::kind,
						ResponsibleOrganisation::collective)
				.containsExactlyElementsOf(want.responsible()
					.stream()
					.map(o -> tuple(o.name(), o.role(), o.kind(), o.collective()))
					.toList());
		}
	}

	@Test
	void readsBackTheSeedsTasksUnderTheirChaptersAndSections() {
		NoticeDraft seed = NoticeFixtures.parseSeed();
		byte[] xlsx = DivisionSheet.xlsx(DivisionSheetFixtures.structureOf(seed), DivisionSheetFixtures.tasksOf(seed));
		NoticeDraft read = DivisionSheetReader.read(xlsx, "jilin-division.xlsx").draft();
		for (int c = 0; c < seed.chapters().size(); c++) {
			ChapterDraft want = seed.chapters().get(c);
			ChapterDraft got = read.chapters().get(c);
			assertThat(got.tasks()).extracting(TaskDraft::id).containsExactlyElementsOf(ids(want.tasks()));
			for (int s = 0; s < want.sections().size(); s++) {
				assertThat(got.sections().get(s).tasks()).extracting(TaskDraft::id)
					.containsExactlyElementsOf(ids(want.sections().get(s).tasks()));
			}
		}
	}

	private static List<String> ids(List<TaskDraft> tasks) {
		return tasks.stream().map(TaskDraft::id).toList();
	}

	private static void assertSame(TaskDraft read, TaskSummary written) {
		assertThat(read.id()).isEqualTo(written.code());
		assertThat(read.text()).as(written.code()).isEqualTo(written.text());
		assertThat(read.mode()).as(written.code()).isEqualTo(mode(written.mode()));
		String writtenLead = written.assignments()
			.stream()
			.filter(a -> a.role().equals("lead"))
			.map(AssignmentView::writtenName)
			.findFirst()
			.orElse(null);
		assertThat(read.lead()).as(written.code()).isEqualTo(writtenLead);
		assertThat(read.responsible()).as(written.code())
			.extracting(ResponsibleOrganisation::name, o -> o.role().code())
			.containsExactlyElementsOf(
					written.assignments().stream().map(a -> tuple(a.writtenName(), a.role())).toList());
		assertThat(read.openEnded()).as(written.code()).isEqualTo(written.openEnded());
		assertThat(read.line()).as(written.code())
			.isEqualTo(written.sourceLine() == null ? 0 : written.sourceLine().intValue());
	}

	private static ResponsibilityMode mode(String code) {
		for (ResponsibilityMode mode : ResponsibilityMode.values()) {
			if (mode.code().equals(code)) {
				return mode;
			}
		}
		throw new IllegalArgumentException(code);
	}

}
