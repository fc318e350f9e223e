package org.luoshi.implementation.internal;

import org.luoshi.implementation.ImplementationRefusal;
import org.luoshi.security.Actor;
import org.luoshi.security.CurrentActor;
import org.luoshi.security.Role;

import org.springframework.stereotype.Component;

/**
 * Who may do what with implementation plans, decided for every page and API call: an
 * organisation's reporters write its plan and open a new version, its approver approves
 * and files it; the office sets the filing deadline, reminds and escalates; the office
 * and leaders read every plan, an organisation its own; every signed-in user reads filed
 * plans, which the organisations sharing a task work from.
 */
@Component
public class ImplementationAccess {

	private final CurrentActor actors;

	ImplementationAccess(CurrentActor actors) {
		this.actors = actors;
	}

	public Actor actor() {
		return this.actors.current();
	}

	/** Reads an organisation's plan, drafts included. */
	public Actor read(long organisationId) {
		Actor actor = actor();
		if (!actor.isOffice() && !actor.isLeader() && !actor.actsFor(organisationId)) {
			throw new ImplementationRefusal.NotYourOrganisation(organisationId);
		}
		return actor;
	}

	/** Whether the user reads the organisation's drafts, not only what it filed. */
	public boolean readsDrafts(long organisationId) {
		Actor actor = actor();
		return actor.isOffice() || actor.isLeader() || actor.actsFor(organisationId);
	}

	/**
	 * A step of the organisation's own: writing (reporter) or approving and filing
	 * (approver).
	 */
	public Actor act(long organisationId, Role role, String step) {
		Actor actor = actor();
		if (actor.role() != role) {
			if (!actor.isOffice() && !actor.isLeader() && !actor.actsFor(organisationId)) {
				throw new ImplementationRefusal.NotYourOrganisation(organisationId);
			}
			throw new ImplementationRefusal.NotYourRole(actor.role(), step);
		}
		if (!actor.actsFor(organisationId)) {
			throw new ImplementationRefusal.NotYourOrganisation(organisationId);
		}
		return actor;
	}

	/** The office's own steps. */
	public Actor office(String step) {
		Actor actor = actor();
		if (!actor.isOffice()) {
			throw new ImplementationRefusal.NotYourRole(actor.role(), step);
		}
		return actor;
	}

	/** The office and leaders, who oversee every organisation. */
	public Actor overseer() {
		Actor actor = actor();
		if (!actor.isOffice() && !actor.isLeader()) {
			throw new ImplementationRefusal.NotYourRole(actor.role(), "oversee");
		}
		return actor;
	}

}
