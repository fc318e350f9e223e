package org.luoshi.plan.internal.sheet;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.luoshi.notice.ChapterDraft;
import org.luoshi.notice.NoticeDraft;
import org.luoshi.notice.ResponsibleOrganisation;
import org.luoshi.notice.SectionDraft;
import org.luoshi.notice.TaskDraft;
import org.luoshi.plan.AssignmentView;
import org.luoshi.plan.PlanStructure;
import org.luoshi.plan.TaskSummary;

/**
 * A small register in the seed's words, the seed itself turned into a register, and
 * helpers to edit an exported workbook as an office would.
 */
final class DivisionSheetFixtures {

	static final String PLAN_TITLE = "吉林省国民经济和社会发展第十二个五年规划纲要";

	private DivisionSheetFixtures() {
	}

	/**
	 * Chapter 一 with two tasks directly under it (section 0), chapter 二 with a section of
	 * three tasks and a section without tasks, chapter 三 with a collective city
	 * government, chapter 四 without sections or tasks.
	 */
	static PlanStructure structure() {
		return new PlanStructure(1,
				List.of(new PlanStructure.Chapter(1, "（一）", "约束性指标", 18, List.of()),
						new PlanStructure.Chapter(2, "（二）", "促进率先实现农业现代化", 46,
								List.of(new PlanStructure.Section(1, "1.", "大力提高农业综合生产能力", 48),
										new PlanStructure.Section(2, "2.", "加快构建现代农业产业体系", 60))),
						new PlanStructure.Chapter(3, "（三）", "统筹推进吉林特色城镇化", 152,
								List.of(new PlanStructure.Section(1, "１.", "加快推进城镇化进程", 154))),
						new PlanStructure.Chapter(4, "（四）", "实现发展宏伟蓝图", 432, List.of())));
	}

	static List<TaskSummary> tasks() {
		return List.of(cultivatedLand(), waterUse(), grainCapacity(), basicResearch(), farmingCredit(), urbanisation(),
				digitalVillages());
	}

	/** 1.0.1, led by one department. */
	static TaskSummary cultivatedLand() {
		return task(1, "1.0.1", 1, 0, "耕地保有量保持在553万公顷。", "lead", false, 20,
				assignment(11, "吉林省国土资源厅", "省国土资源厅", "lead"));
	}

	/** 1.0.2, each department for its share, the list open (等部门). */
	static TaskSummary waterUse() {
		return task(2, "1.0.2", 1, 0, "单位工业增加值用水量降低30％。", "by-duty", true, 22,
				assignment(12, "省水利厅", "省水利厅", "by-duty"), assignment(13, "吉林省发展和改革委员会", "省发展改革委", "by-duty"),
				assignment(14, "省工业信息化厅", "省工业信息化厅", "by-duty"), assignment(15, "省住房城乡建设厅", "省住房城乡建设厅", "by-duty"));
	}

	/** 2.1.1, all answer, the first listed leads. */
	static TaskSummary grainCapacity() {
		return task(3, "2.1.1", 2, 1, "粮食综合生产能力稳定在3000万吨以上，实施增产百亿斤商品粮能力建设工程。", "responsible", false, 50,
				assignment(13, "吉林省发展和改革委员会", "省发展改革委", "lead"), assignment(16, "省农委", "省农委", "responsible"),
				assignment(17, "省财政厅", "省财政厅", "responsible"));
	}

	/** 2.1.2, one leads and two take part: （科技部牵头，发展改革委、财政部参与）. */
	static TaskSummary basicResearch() {
		return task(4, "2.1.2", 2, 1, "加强农业基础研究，建设“吉林省农业科技创新平台”。", "lead", false, 52,
				assignment(21, "科技部", "科技部", "lead"), assignment(22, "发展改革委", "发展改革委", "participant"),
				assignment(23, "财政部", "财政部", "participant"));
	}

	/**
	 * 2.1.3, added after the notice (no source line), its text what an attacker would
	 * type to plant a formula.
	 */
	static TaskSummary farmingCredit() {
		return task(5, "2.1.3", 2, 1, "=1+1", "lead", false, null, assignment(24, "省金融办", "省金融办", "lead"),
				assignment(16, "省农委", "省农委", "supporting"));
	}

	/** 3.1.1, with the collective 各市（州）政府. */
	static TaskSummary urbanisation() {
		return task(6, "3.1.1", 3, 1, "加快推进城镇化进程，城镇化率达到53％。", "responsible", false, 156,
				assignment(13, "吉林省发展和改革委员会", "省发展改革委", "lead"), assignment(15, "省住房城乡建设厅", "省住房城乡建设厅", "responsible"),
				assignment(30, "各市（州）政府", "各市（州）政府", "responsible"));
	}

	/** 3.1.2, one guides and the collective leads: （省农委指导，各市（州）政府负责）. */
	static TaskSummary digitalVillages() {
		return task(7, "3.1.2", 3, 1, "推进“数字乡村”建设，发展农村电子商务，\n完善县、乡、村三级物流体系。", "responsible", false, 158,
				assignment(16, "省农委", "省农委", "guiding"), assignment(30, "各市（州）政府", "各市（州）政府", "lead"));
	}

	static TaskSummary task(long id, String code, int chapter, int section, String text, String mode, boolean openEnded,
			Integer line, AssignmentView... assignments) {
		String lead = java.util.Arrays.stream(assignments)
			.filter(a -> "lead".equals(a.role()))
			.map(AssignmentView::name)
			.findFirst()
			.orElse(null);
		return new TaskSummary(id, 1, code, chapter, section, text, mode, lead, List.of(assignments), openEnded, line);
	}

	static AssignmentView assignment(long id, String name, String writtenName, String role) {
		return new AssignmentView(id, name, writtenName, role);
	}

	/** The register the importer would write for a parsed notice. */
	static PlanStructure structureOf(NoticeDraft draft) {
		return new PlanStructure(1,
				draft.chapters()
					.stream()
					.map(c -> new PlanStructure.Chapter(c.number(), c.label(), c.title(), c.line(),
							c.sections()
								.stream()
								.map(s -> new PlanStructure.Section(s.number(), s.label(), s.title(), s.line()))
								.toList()))
					.toList());
	}

	static List<TaskSummary> tasksOf(NoticeDraft draft) {
		Map<String, Long> ids = new LinkedHashMap<>();
		List<TaskSummary> tasks = new ArrayList<>();
		for (ChapterDraft chapter : draft.chapters()) {
			chapter.tasks().forEach(t -> tasks.add(summary(tasks.size() + 1, chapter.number(), 0, t, ids)));
			for (SectionDraft section : chapter.sections()) {
				section.tasks()
					.forEach(t -> tasks.add(summary(tasks.size() + 1, chapter.number(), section.number(), t, ids)));
			}
		}
		return tasks;
	}

	private static TaskSummary summary(long id, int chapter, int section, TaskDraft task, Map<String, Long> ids) {
		List<AssignmentView> assignments = new ArrayList<>();
		for (ResponsibleOrganisation organisation : task.responsible()) {
			long organisationId = ids.computeIfAbsent(organisation.name(), k -> (long) ids.size() + 1);
			assignments.add(new AssignmentView(organisationId, organisation.name(), organisation.name(),
					organisation.role().code()));
		}
		return new TaskSummary(id, 1, task.id(), chapter, section, task.text(), task.mode().code(), task.lead(),
				assignments, task.openEnded(), task.line());
	}

	/** The workbook with its sheet 分工表 changed as an office would change it. */
	static byte[] edited(byte[] xlsx, Consumer<Sheet> edit) {
		try (Workbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
			edit.accept(workbook.getSheet(XlsxWriter.SHEET));
			ByteArrayOutputStream out = new ByteArrayOutputStream();
			workbook.write(out);
			return out.toByteArray();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/**
	 * Sets one cell, given by its Excel row (1-based) and column letter. The cell is made
	 * anew, as Excel does: POI keeps the old text of an inline string cell it edits.
	 */
	static Consumer<Sheet> set(int row, char column, String value) {
		return sheet -> {
			Row r = (sheet.getRow(row - 1) != null) ? sheet.getRow(row - 1) : sheet.createRow(row - 1);
			r.createCell(column - 'A').setCellValue(value);
		};
	}

	/** The exported fixture register as a workbook. */
	static byte[] exported() {
		return DivisionSheet.xlsx(PLAN_TITLE, structure(), tasks());
	}

}
