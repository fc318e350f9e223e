package org.luoshi.reporting.internal;

import org.luoshi.reporting.ReportingRefusal;
import org.luoshi.reporting.Step;
import org.luoshi.security.Actor;
import org.luoshi.security.CurrentActor;
import org.luoshi.security.Role;

import org.springframework.stereotype.Component;

/**
 * Who may do what with reports, decided on the server for every page and API call: the
 * office and leaders read every report, a reporter or approver only its own
 * organisation's; reporters write and submit, approvers approve or return, the office
 * runs the cycle and reviews, leaders only read.
 */
@Component
public class Access {

	private final CurrentActor actors;

	Access(CurrentActor actors) {
		this.actors = actors;
	}

	public Actor actor() {
		return this.actors.current();
	}

	/**
	 * @throws ReportingRefusal.NotYourOrganisation for another organisation's report
	 */
	public Actor read(long reportId, long organisationId) {
		Actor actor = actor();
		if (!actor.isOffice() && !actor.isLeader() && !actor.actsFor(organisationId)) {
			throw new ReportingRefusal.NotYourOrganisation(reportId);
		}
		return actor;
	}

	/**
	 * @throws ReportingRefusal.NotYourRole when the step is not the user's role's
	 * @throws ReportingRefusal.NotYourOrganisation for another organisation's report
	 */
	public Actor take(Step step, long reportId, long organisationId) {
		Actor actor = actor();
		Role needed = roleFor(step);
		if (actor.role() != needed) {
			if (!actor.isOffice() && !actor.isLeader() && !actor.actsFor(organisationId)) {
				throw new ReportingRefusal.NotYourOrganisation(reportId);
			}
			throw new ReportingRefusal.NotYourRole(actor.role(), step);
		}
		if (needed.actsForAnOrganisation() && !actor.actsFor(organisationId)) {
			throw new ReportingRefusal.NotYourOrganisation(reportId);
		}
		return actor;
	}

	/** The office's own steps: opening cycles, escalating, granting exceptions. */
	public Actor office(Step step) {
		Actor actor = actor();
		if (!actor.isOffice()) {
			throw new ReportingRefusal.NotYourRole(actor.role(), step);
		}
		return actor;
	}

	/** The office and leaders, who see every organisation. */
	public Actor overseer() {
		Actor actor = actor();
		if (!actor.isOffice() && !actor.isLeader()) {
			throw new ReportingRefusal.NotYourRole(actor.role(), Step.READ);
		}
		return actor;
	}

	static Role roleFor(Step step) {
		return switch (step) {
			case WRITE, SUBMIT -> Role.REPORTER;
			case APPROVE, RETURN_FROM_APPROVAL -> Role.APPROVER;
			case READ -> Role.LEADER;
			case RECEIVE, ACCEPT, RETURN_FROM_OFFICE, GRANT_EXCEPTION, RUN_CYCLE -> Role.OFFICE;
		};
	}

}
