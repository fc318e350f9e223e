package org.luoshi.notice;

import java.util.List;
import java.util.stream.Stream;

/**
 * A chapter of the division, numbered （一）（二）… in the notice.
 *
 * @param number 1-based position among the chapters
 * @param label the numbering as written, e.g. （一）
 * @param title the heading without number and final full stop
 * @param line 1-based source line of the heading
 * @param tasks tasks standing directly under the chapter (section 0)
 * @param sections the numbered sections 1. 2. …
 * @param notes paragraphs with no responsibility clause attached to the chapter, e.g. the
 * rule that binding indicators are split among the cities
 */
public record ChapterDraft(int number, String label, String title, int line, List<TaskDraft> tasks,
		List<SectionDraft> sections, List<NoteDraft> notes) {

	public ChapterDraft {
		tasks = List.copyOf(tasks);
		sections = List.copyOf(sections);
		notes = List.copyOf(notes);
	}

	public Stream<TaskDraft> allTasks() {
		return Stream.concat(tasks.stream(), sections.stream().flatMap(s -> s.tasks().stream()));
	}

}
