package org.luoshi.reporting;

import java.time.OffsetDateTime;

/**
 * One organisation on the office's cycle dashboard: its report's state, when it was
 * submitted, when it is due, whether it is overdue, and its timeliness.
 *
 * @param overdue still a draft after its due date
 * @param exception the office granted an exception with a new due date
 * @param laggingByRule how many of its tasks are lagging by rule: a milestone of its
 * implementation plan was overdue when the report was last saved or submitted
 */
public record OrganisationProgress(long reportId, long organisationId, String organisationName, ReportState state,
		OffsetDateTime firstSubmittedAt, OffsetDateTime lastSubmittedAt, OffsetDateTime dueAt, boolean overdue,
		boolean exception, Timeliness timeliness, int laggingByRule) {

}
