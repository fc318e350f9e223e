package org.luoshi.plan;

import java.util.List;

/**
 * A task as lists show it.
 *
 * @param id the task
 * @param planId its plan
 * @param code chapter.section.n
 * @param chapter chapter number
 * @param section section number, 0 for a task directly under the chapter
 * @param text the task's words as written
 * @param mode lead, responsible or by-duty
 * @param lead the leading organisation's name, or null
 * @param assignments who answers for it, in written order
 * @param openEnded the notice's list ends with 等
 * @param sourceLine the line in the notice
 */
public record TaskSummary(long id, long planId, String code, int chapter, int section, String text, String mode,
		String lead, List<AssignmentView> assignments, boolean openEnded, Integer sourceLine) {

	public TaskSummary {
		assignments = List.copyOf(assignments);
	}

}
