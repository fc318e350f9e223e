package org.luoshi.reporting;

import java.time.OffsetDateTime;
import java.util.List;

/**
 * The office's view of a cycle: every organisation's progress with counts of reports
 * submitted, approved, accepted and overdue, as of {@code asOf}.
 */
public record CycleDashboard(CycleView cycle, OffsetDateTime asOf, List<OrganisationProgress> organisations) {

	public CycleDashboard {
		organisations = List.copyOf(organisations);
	}

	public long submitted() {
		return this.organisations.stream().filter((o) -> o.state().submitted()).count();
	}

	public long approved() {
		return this.organisations.stream()
			.filter((o) -> o.state() == ReportState.APPROVED || o.state() == ReportState.RECEIVED
					|| o.state() == ReportState.ACCEPTED)
			.count();
	}

	public long accepted() {
		return this.organisations.stream().filter((o) -> o.state() == ReportState.ACCEPTED).count();
	}

	public long overdue() {
		return this.organisations.stream().filter(OrganisationProgress::overdue).count();
	}

	/** How many tasks the reports count as lagging by rule (a milestone overdue). */
	public int laggingByRule() {
		return this.organisations.stream().mapToInt(OrganisationProgress::laggingByRule).sum();
	}

}
