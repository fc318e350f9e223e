package org.luoshi.implementation;

import java.util.List;

/**
 * One item read from an organisation's document, with the task it is proposed for and
 * what the reporter confirms.
 *
 * @param index its place among the document's items, which a confirmation names
 * @param line the paragraph or row it was read from
 * @param taskId the task proposed, or null when none fits
 * @param basis how it was proposed: numbering (the document names the task's number),
 * text (the words resemble the task's) or none
 * @param alternatives the next-best tasks by text
 * @param undated milestones whose time could not be read; they are not kept
 */
public record ProposedItem(int index, int line, String numbering, String taskText, String measure, String division,
		String contact, String part, List<MilestoneInput> milestones, int undated, Long taskId, String basis,
		double score, List<Long> alternatives) {

	public ProposedItem {
		milestones = List.copyOf(milestones);
		alternatives = List.copyOf(alternatives);
	}

}
