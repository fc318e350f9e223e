package org.luoshi.implementation;

import java.util.List;

/**
 * A measure (具体措施) as a reporter writes it for a task the organisation carries, with its
 * milestones; a change replaces the measure with its milestones as a whole.
 *
 * @param part for a shared task, the part the organisation takes on; null otherwise
 * @param division the internal division that does the work (责任处室)
 * @param contact who to ask (联系人)
 */
public record MeasureInput(Long taskId, String text, String part, String division, String contact,
		List<MilestoneInput> milestones) {

	public MeasureInput {
		milestones = (milestones != null) ? List.copyOf(milestones) : List.of();
	}

}
