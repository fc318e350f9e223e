package org.luoshi.reporting;

import java.time.OffsetDateTime;
import java.util.List;

/**
 * One task in a report: the task, the organisation's part in it, what it wrote, and for
 * the lead of a shared task the consolidated account and how many contributions have come
 * in.
 *
 * @param leadName for a contribution, the organisation it goes to
 * @param revision how many times the entry has been saved
 * @param milestones the milestones the organisation filed for the task that fall due in
 * the report's period, with what the report says of each
 * @param counted the status the office counts: lagging by rule when a milestone is
 * overdue, whatever the reporter chose; else the reporter's
 */
public record EntryView(long taskId, String code, String taskText, EntryKind kind, String leadName, EntryStatus status,
		String done, String figures, String problems, String nextSteps, String consolidated, int contributions,
		int revision, String updatedBy, OffsetDateTime updatedAt, List<MilestoneAnswer> milestones,
		EntryStatus counted) {

	public EntryView {
		milestones = (milestones != null) ? List.copyOf(milestones) : List.of();
	}

	/**
	 * Whether a milestone is overdue, which makes the task lagging whatever the reporter
	 * chose.
	 */
	public boolean laggingByRule() {
		return this.milestones.stream().anyMatch(MilestoneAnswer::overdue);
	}

}
