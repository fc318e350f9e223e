package org.luoshi.reporting;

import java.time.OffsetDateTime;
import java.util.List;

/**
 * A report on a to-do list: whose, for which year, where it stands, when it is due and
 * what it still lacks.
 *
 * @param secondsLeft until it is due; negative once it is overdue
 * @param illustrative its cycle is demo data (示例数据)
 */
public record ReportSummary(long id, long cycleId, int year, String planTitle, long organisationId,
		String organisationName, ReportState state, OffsetDateTime dueAt, long secondsLeft, int entries,
		List<Missing> missing, ReportingPeriod period, boolean illustrative) {

	public ReportSummary {
		missing = List.copyOf(missing);
	}

	/** Whole days left until it is due, rounded down; negative once overdue. */
	public long daysLeft() {
		return Math.floorDiv(this.secondsLeft, 86_400);
	}

	public boolean overdue() {
		return this.secondsLeft < 0 && this.state == ReportState.DRAFT;
	}

}
