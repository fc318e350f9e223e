package org.luoshi.implementation;

import java.util.List;

/**
 * A measure as kept, with its milestones in order.
 *
 * @param sourceLine the paragraph or row of the organisation's document it was read from,
 * or null when written on the page
 */
public record MeasureView(long id, long taskId, String text, String part, String division, String contact,
		Integer sourceLine, List<MilestoneView> milestones) {

	public MeasureView {
		milestones = List.copyOf(milestones);
	}

}
