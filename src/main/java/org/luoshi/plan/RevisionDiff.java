package org.luoshi.plan;

import java.util.List;

/**
 * What a revised notice changes in a plan's register: tasks added, removed and changed,
 * and tasks whose responsible organisations changed. Unchanged tasks keep their identity,
 * and with it the progress reported on them.
 */
public record RevisionDiff(List<TaskChange> added, List<TaskChange> removed, List<TaskChange> changed,
		List<TaskChange> reassigned, int unchanged) {

	public RevisionDiff {
		added = List.copyOf(added);
		removed = List.copyOf(removed);
		changed = List.copyOf(changed);
		reassigned = List.copyOf(reassigned);
	}

	public boolean isEmpty() {
		return added.isEmpty() && removed.isEmpty() && changed.isEmpty() && reassigned.isEmpty();
	}

	/**
	 * One task in a diff.
	 *
	 * @param code its number in the revised notice (or the stored one, when removed)
	 * @param taskId the stored task, null when added
	 * @param before the stored text or responsible list, null when added
	 * @param after the revised text or responsible list, null when removed
	 */
	public record TaskChange(String code, Long taskId, String before, String after) {
	}

}
