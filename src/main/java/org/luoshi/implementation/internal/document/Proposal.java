package org.luoshi.implementation.internal.document;

import java.util.List;

/**
 * The task an item is proposed to serve, for the reporter to confirm or correct.
 *
 * @param item the item
 * @param taskId the proposed task, or null when nothing fits
 * @param basis why it was proposed
 * @param score 1 for a task named by its number; else the text similarity, 0 to 1
 * @param alternatives the next best tasks by text, best first, up to 3
 */
public record Proposal(ReadItem item, Long taskId, Basis basis, double score, List<Long> alternatives) {

	public Proposal {
		alternatives = List.copyOf(alternatives);
	}

	/** Why a task was proposed. */
	public enum Basis {

		/** The item names the task's number. */
		NUMBERING,
		/** The item's heading and measure read like the task's text. */
		TEXT,
		/** Nothing fits well enough. */
		NONE

	}

}
