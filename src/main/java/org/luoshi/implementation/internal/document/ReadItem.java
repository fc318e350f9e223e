package org.luoshi.implementation.internal.document;

import java.util.List;

/**
 * One measure of a document, with the task it stands under and who does it by when.
 *
 * @param line 1-based paragraph or table row (docx: paragraphs and table rows counted
 * together in document order; xlsx: the sheet's row number)
 * @param numbering the item's own number as written (1., （一）, ①, a 序号 cell), or null
 * @param taskCode the plan's task number the document names (3.2.1), or null
 * @param taskText the task heading it stands under, without numbering and task number, or
 * null
 * @param measure what will be done
 * @param division the internal division doing it (a supporting division is kept after the
 * lead, in parentheses as written), or null
 * @param contact the contact person as written (name, telephone), or null
 * @param part for a shared task, the part taken on, or null
 * @param milestones what is due by when; empty when the document sets no time or only an
 * open-ended one
 */
public record ReadItem(int line, String numbering, String taskCode, String taskText, String measure, String division,
		String contact, String part, List<ReadMilestone> milestones) {

	public ReadItem {
		milestones = List.copyOf(milestones);
	}

}
