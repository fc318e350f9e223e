package org.luoshi.notice;

import java.util.List;

/**
 * A numbered section (1. 2. …) of a chapter.
 *
 * @param number 1-based position within the chapter
 * @param label the numbering as written, e.g. 1. or １.
 * @param title heading without number and final full stop
 * @param line 1-based source line of the heading
 * @param tasks its tasks in document order
 * @param notes paragraphs under it without a responsibility clause
 */
public record SectionDraft(int number, String label, String title, int line, List<TaskDraft> tasks,
		List<NoteDraft> notes) {

	public SectionDraft {
		tasks = List.copyOf(tasks);
		notes = List.copyOf(notes);
	}

}
