package org.luoshi.plan.internal.sheet;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.luoshi.notice.ChapterDraft;
import org.luoshi.notice.SectionDraft;
import org.luoshi.notice.TaskDraft;

/**
 * Groups the rows into the notice's structure: chapters in the order their 章 first
 * appears, sections within a chapter in the order their 节 first appears, tasks in row
 * order. A chapter's rows must stand together, a section's too, the tasks directly under
 * a chapter before its sections, and each 序号 must begin with its chapter and section
 * numbers — otherwise the register would silently reorder or misnumber them.
 */
final class OutlineAssembler {

	private final SheetProblems problems;

	private final Map<String, Chapter> chapters = new LinkedHashMap<>();

	private Chapter current;

	private OutlineAssembler(SheetProblems problems) {
		this.problems = problems;
	}

	static List<ChapterDraft> assemble(List<SheetEntry> entries, SheetProblems problems) {
		OutlineAssembler assembler = new OutlineAssembler(problems);
		entries.stream().filter(e -> !e.chapter().isEmpty()).forEach(assembler::place);
		return assembler.chapters.values().stream().map(Chapter::draft).toList();
	}

	private void place(SheetEntry entry) {
		Chapter chapter = this.chapters.get(entry.chapter());
		if (chapter == null) {
			chapter = new Chapter(this.chapters.size() + 1, entry.chapter(), entry.row());
			this.chapters.put(entry.chapter(), chapter);
		}
		else if (chapter != this.current) {
			this.problems.at(entry.row(), SheetColumn.CHAPTER, "chapter-split", entry.chapter(), chapter.line);
		}
		this.current = chapter;
		int section = 0;
		if (!entry.section().isEmpty()) {
			section = chapter.section(entry, this.problems);
		}
		else if (entry.isTask() && !chapter.sections.isEmpty()) {
			this.problems.at(entry.row(), SheetColumn.SECTION, "task-after-sections", entry.chapter());
		}
		if (entry.code() != null) {
			String prefix = chapter.number + "." + section + ".";
			if (!entry.code().startsWith(prefix)) {
				if (section == 0) {
					this.problems.at(entry.row(), SheetColumn.CODE, "code-outside-chapter", entry.code(),
							chapter.number, prefix);
				}
				else {
					this.problems.at(entry.row(), SheetColumn.CODE, "code-outside-section", entry.code(),
							chapter.number, section, prefix);
				}
			}
		}
		if (entry.task() != null) {
			chapter.add(section, entry.task());
		}
	}

	private static final class Chapter {

		private final int number;

		private final String cell;

		private final int line;

		private final List<TaskDraft> tasks = new ArrayList<>();

		private final Map<String, Section> sections = new LinkedHashMap<>();

		private Section currentSection;

		Chapter(int number, String cell, int line) {
			this.number = number;
			this.cell = cell;
			this.line = line;
		}

		int section(SheetEntry entry, SheetProblems problems) {
			Section section = this.sections.get(entry.section());
			if (section == null) {
				section = new Section(this.sections.size() + 1, entry.section(), entry.row());
				this.sections.put(entry.section(), section);
			}
			else if (section != this.currentSection) {
				problems.at(entry.row(), SheetColumn.SECTION, "section-split", entry.section(), section.line);
			}
			this.currentSection = section;
			return section.number;
		}

		void add(int section, TaskDraft task) {
			if (section == 0) {
				this.tasks.add(task);
			}
			else {
				this.sections.values().stream().filter(s -> s.number == section).findFirst().get().tasks.add(task);
			}
		}

		ChapterDraft draft() {
			String[] heading = HeadingCell.chapter(this.cell);
			return new ChapterDraft(this.number, heading[0], heading[1], this.line, this.tasks,
					this.sections.values().stream().map(Section::draft).toList(), List.of());
		}

	}

	private static final class Section {

		private final int number;

		private final String cell;

		private final int line;

		private final List<TaskDraft> tasks = new ArrayList<>();

		Section(int number, String cell, int line) {
			this.number = number;
			this.cell = cell;
			this.line = line;
		}

		SectionDraft draft() {
			String[] heading = HeadingCell.section(this.cell);
			return new SectionDraft(this.number, heading[0], heading[1], this.line, this.tasks, List.of());
		}

	}

}
