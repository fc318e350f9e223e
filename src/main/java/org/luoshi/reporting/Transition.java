package org.luoshi.reporting;

import java.time.OffsetDateTime;

/**
 * One step a report took: from which state (none when it was created) to which, who,
 * when, and the comment or reason given.
 */
public record Transition(ReportState from, ReportState to, String note, String actor, OffsetDateTime at) {

}
