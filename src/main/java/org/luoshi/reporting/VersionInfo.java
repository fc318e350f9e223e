package org.luoshi.reporting;

import java.time.OffsetDateTime;

/** A submitted version of a report, and the snapshot it keeps (null in lists). */
public record VersionInfo(long reportId, int number, OffsetDateTime submittedAt, String submittedBy,
		ReportSnapshot snapshot) {

}
