package org.luoshi.reporting;

import java.time.OffsetDateTime;

/**
 * A notification shown in the application: what happened (kind), about which cycle and
 * report, its text in the reader's language, and whether the reader has marked it read.
 *
 * @param kind opened, reminder, overdue, escalation, returned, exception, approved
 */
public record NotificationView(long id, String kind, Long cycleId, Long reportId, String text, String message,
		OffsetDateTime createdAt, String createdBy, boolean read) {

}
