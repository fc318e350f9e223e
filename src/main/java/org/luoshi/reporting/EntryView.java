package org.luoshi.reporting;

import java.time.OffsetDateTime;

/**
 * One task in a report: the task, the organisation's part in it, what it wrote, and for
 * the lead of a shared task the consolidated account and how many contributions have come
 * in.
 *
 * @param leadName for a contribution, the organisation it goes to
 * @param revision how many times the entry has been saved
 */
public record EntryView(long taskId, String code, String taskText, EntryKind kind, String leadName, EntryStatus status,
		String done, String figures, String problems, String nextSteps, String consolidated, int contributions,
		int revision, String updatedBy, OffsetDateTime updatedAt) {

}
