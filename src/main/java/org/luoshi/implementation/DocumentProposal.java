package org.luoshi.implementation;

import java.util.List;

/**
 * A document an organisation uploaded, read into items with the task each is proposed
 * for; nothing is kept in the plan until the reporter confirms.
 *
 * @param tasks the tasks the organisation carries, any of which an item may be given
 * @param warnings what the reader could not understand, by line
 */
public record DocumentProposal(long id, long planId, long organisationId, String fileName, List<ProposedItem> items,
		List<String> warnings, List<TaskPlan> tasks) {

	public DocumentProposal {
		items = List.copyOf(items);
		warnings = List.copyOf(warnings);
		tasks = List.copyOf(tasks);
	}

}
