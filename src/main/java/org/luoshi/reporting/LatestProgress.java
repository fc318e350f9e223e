package org.luoshi.reporting;

import java.time.OffsetDateTime;

/**
 * The latest word on a task from a report that was sent: the status and account its
 * organisation gave in its latest submitted (approved, received, accepted) report.
 *
 * @param taskId the task
 * @param organisationId the organisation that reported
 * @param organisationName its name
 * @param year the year reported on
 * @param rhythm yearly, half-yearly or quarterly
 * @param period the half-year or quarter (1 for a year)
 * @param state where the report stands
 * @param status the task's status as reported
 * @param summary what was done: the lead's consolidated account, else its own
 * @param submittedAt when the report was last sent
 */
public record LatestProgress(long taskId, long organisationId, String organisationName, int year, String rhythm,
		int period, ReportState state, EntryStatus status, String summary, OffsetDateTime submittedAt) {

	/** The message code of the status's words. */
	public String statusWord() {
		return "reporting.entry-status." + this.status.code();
	}

}
