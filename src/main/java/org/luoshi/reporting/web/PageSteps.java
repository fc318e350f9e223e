package org.luoshi.reporting.web;

import org.luoshi.reporting.ReportState;
import org.luoshi.reporting.ReportView;
import org.luoshi.security.Actor;
import org.luoshi.security.Role;

/**
 * Which actions the report page offers the user. Only a convenience: every action is
 * decided again by the services, whatever the page offered.
 */
record PageSteps(boolean submit, boolean approve, boolean receive, boolean accept, boolean giveBack,
		boolean grantException) {

	static PageSteps of(ReportView report, Actor actor) {
		ReportState state = report.state();
		boolean own = actor.actsFor(report.organisationId());
		boolean office = actor.isOffice();
		boolean approver = own && actor.role() == Role.APPROVER;
		return new PageSteps(report.editable(), approver && state == ReportState.SUBMITTED,
				office && state == ReportState.APPROVED, office && state == ReportState.RECEIVED,
				(approver && state == ReportState.SUBMITTED)
						|| (office && (state == ReportState.APPROVED || state == ReportState.RECEIVED)),
				office && (state == ReportState.ACCEPTED || state == ReportState.DRAFT));
	}

	/** Whether any review action is offered, for the page to show its review panel. */
	public boolean reviews() {
		return this.approve || this.receive || this.accept || this.giveBack || this.grantException;
	}

}
