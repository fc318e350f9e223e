package org.luoshi.reporting;

import java.time.OffsetDateTime;

/**
 * A co-responsible organisation's input to a task, as it last submitted it: only
 * submitted input reaches the lead, never a draft.
 *
 * @param version the submitted version it comes from
 */
public record Contribution(long organisationId, String organisationName, ReportState reportState, int version,
		OffsetDateTime submittedAt, String status, String done, String figures, String problems, String nextSteps) {

}
