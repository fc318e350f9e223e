package org.luoshi.indicator.web;

import org.luoshi.indicator.AnsweringOrganisation;
import org.luoshi.indicator.IndicatorSummary;
import org.luoshi.security.Actor;
import org.luoshi.security.CurrentActor;
import org.luoshi.security.Role;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

/**
 * Who may change an indicator's figures and settings, decided on the server for the pages
 * and the API alike: the planning office checks every indicator; a reporter enters the
 * figures of an indicator its organisation answers for; leaders, approvers and other
 * organisations only read. (A reporter's figures in a progress report go through the
 * reporting module, which checks what the report owes.)
 */
@Component
class FigureDuties {

	private final CurrentActor actors;

	FigureDuties(CurrentActor actors) {
		this.actors = actors;
	}

	boolean entersFigures(IndicatorSummary indicator) {
		return this.actors.find()
			.map((actor) -> actor.isOffice() || (actor.role() == Role.REPORTER
					&& indicator.organisations().stream().map(AnsweringOrganisation::id).anyMatch(actor::actsFor)))
			.orElse(false);
	}

	boolean office() {
		return this.actors.find().map(Actor::isOffice).orElse(false);
	}

	/**
	 * @throws AccessDeniedException unless the signed-in user may enter the indicator's
	 * figures
	 */
	void requireEntering(IndicatorSummary indicator) {
		if (!entersFigures(indicator)) {
			throw new AccessDeniedException(this.actors.name() + " does not enter figures of " + indicator.name());
		}
	}

	/**
	 * @throws AccessDeniedException unless the signed-in user is the planning office
	 */
	void requireOffice() {
		if (!office()) {
			throw new AccessDeniedException(this.actors.name() + " is not the planning office");
		}
	}

}
