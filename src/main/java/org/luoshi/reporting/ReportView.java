package org.luoshi.reporting;

import java.time.OffsetDateTime;
import java.util.List;

/**
 * One organisation's report in a cycle, as its page shows it: where it stands, when it is
 * due, whether it may still change, every entry, the figures it owes, its attachments and
 * what is still missing. {@code version} is the ETag a write must name.
 *
 * @param deadline the cycle's deadline
 * @param dueAt the deadline, or the due date of an exception the office granted
 * @param editable whether its reporter may change it now
 * @param returnedNote the comment it was last returned with
 * @param period what it reports on: the year, or a half-year or quarter of it
 * @param illustrative its cycle is demo data (示例数据)
 */
public record ReportView(long id, long cycleId, long planId, String planTitle, int year, long organisationId,
		String organisationName, ReportState state, int version, OffsetDateTime deadline, OffsetDateTime dueAt,
		String exceptionReason, String returnedNote, boolean editable, OffsetDateTime firstSubmittedAt,
		List<EntryView> entries, List<FigureView> figures, List<AttachmentInfo> attachments, List<Missing> missing,
		ReportingPeriod period, boolean illustrative) {

	public ReportView {
		entries = List.copyOf(entries);
		figures = List.copyOf(figures);
		attachments = List.copyOf(attachments);
		missing = List.copyOf(missing);
	}

}
