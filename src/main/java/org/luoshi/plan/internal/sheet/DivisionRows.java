package org.luoshi.plan.internal.sheet;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.luoshi.notice.ResponsibilityRole;
import org.luoshi.plan.AssignmentView;
import org.luoshi.plan.PlanStructure;
import org.luoshi.plan.TaskSummary;

/**
 * Lays a plan's register out as the spreadsheet's rows: chapter by chapter, the tasks
 * directly under the chapter first, then section by section, as the register orders them;
 * a chapter or section without tasks still gets a row so that the sheet keeps the plan's
 * whole structure.
 */
final class DivisionRows {

	private DivisionRows() {
	}

	static List<DivisionRow> of(PlanStructure structure, List<TaskSummary> tasks) {
		Map<String, List<TaskSummary>> byPlace = new LinkedHashMap<>();
		for (TaskSummary task : tasks) {
			byPlace.computeIfAbsent(place(task.chapter(), task.section()), k -> new ArrayList<>()).add(task);
		}
		List<DivisionRow> rows = new ArrayList<>(tasks.size());
		for (PlanStructure.Chapter chapter : structure.chapters()) {
			String chapterCell = heading(chapter.label(), chapter.title());
			List<TaskSummary> direct = byPlace.remove(place(chapter.number(), 0));
			if (direct != null) {
				direct.forEach(task -> rows.add(row(task, chapterCell, "")));
			}
			else if (chapter.sections().isEmpty()) {
				rows.add(DivisionRow.heading(chapterCell, ""));
			}
			for (PlanStructure.Section section : chapter.sections()) {
				String sectionCell = heading(section.label(), section.title());
				List<TaskSummary> inSection = byPlace.remove(place(chapter.number(), section.number()));
				if (inSection == null) {
					rows.add(DivisionRow.heading(chapterCell, sectionCell));
				}
				else {
					inSection.forEach(task -> rows.add(row(task, chapterCell, sectionCell)));
				}
			}
		}
		if (!byPlace.isEmpty()) {
			throw new IllegalArgumentException("tasks outside the plan's structure: "
					+ byPlace.values().stream().flatMap(List::stream).map(TaskSummary::code).toList());
		}
		return rows;
	}

	static DivisionRow row(TaskSummary task, String chapterCell, String sectionCell) {
		AssignmentView lead = lead(task);
		return new DivisionRow(task.code(), chapterCell, sectionCell, task.text(), lead == null ? "" : written(lead),
				responsible(task, lead), SheetWords.modeWord(task.mode()),
				task.sourceLine() == null ? "" : String.valueOf(task.sourceLine()));
	}

	/**
	 * Every organisation in written order; one whose role is not the one the mode implies
	 * carries it after a full-width colon, except the lead, which 牵头单位 names.
	 */
	static String responsible(TaskSummary task, AssignmentView lead) {
		ResponsibilityRole implied = SheetWords.impliedRole(SheetWords.modeOfCode(task.mode()));
		List<String> names = new ArrayList<>();
		for (AssignmentView assignment : task.assignments()) {
			ResponsibilityRole role = SheetWords.roleOfCode(assignment.role());
			boolean marked = assignment != lead && role != implied;
			names.add(marked ? written(assignment) + "：" + SheetWords.roleWord(role) : written(assignment));
		}
		return String.join("、", names) + (task.openEnded() ? SheetWords.OPEN_END : "");
	}

	private static AssignmentView lead(TaskSummary task) {
		return task.assignments()
			.stream()
			.filter(a -> ResponsibilityRole.LEAD.code().equals(a.role()))
			.findFirst()
			.orElse(null);
	}

	private static String written(AssignmentView assignment) {
		return assignment.writtenName() != null ? assignment.writtenName() : assignment.name();
	}

	private static String heading(String label, String title) {
		return (label == null ? "" : label) + (title == null ? "" : title);
	}

	private static String place(int chapter, int section) {
		return chapter + "." + section;
	}

}
