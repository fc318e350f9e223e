package org.luoshi.plan.internal;

import java.util.Optional;

import org.luoshi.security.Actor;
import org.luoshi.security.CurrentActor;
import org.luoshi.security.NotPermitted;
import org.luoshi.security.Role;

import org.springframework.stereotype.Component;

/**
 * Who may change the register, decided in its services for the pages, the API and any
 * other caller alike: only the planning office imports notices and corrects tasks;
 * everybody signed in reads the register, which is no secret inside the government.
 */
@Component
public class RegisterAccess {

	private final CurrentActor actors;

	RegisterAccess(CurrentActor actors) {
		this.actors = actors;
	}

	/**
	 * @throws NotPermitted unless the planning office uploads, reviews, confirms or
	 * discards an import
	 */
	public void importNotices() {
		this.actors.requireRole("import-notice", Role.OFFICE);
	}

	/**
	 * @throws NotPermitted unless the planning office corrects a task
	 */
	public void correctTasks() {
		this.actors.requireRole("correct-task", Role.OFFICE);
	}

	/**
	 * @throws NotPermitted unless the planning office puts a plan under another
	 */
	public void placePlans() {
		this.actors.requireRole("place-plan", Role.OFFICE);
	}

	/**
	 * Whether the user may decide the links of a lower plan's tasks: the planning office,
	 * and a reporter or approver of the organisation that issued the lower plan (work
	 * outside any request is the application's own).
	 */
	public boolean mayDecideLinks(Long issuerOrganisationId) {
		Optional<Actor> actor = this.actors.requireRole("decide-task-link", Role.OFFICE, Role.REPORTER, Role.APPROVER);
		return actor.map((a) -> a.isOffice() || (issuerOrganisationId != null && a.actsFor(issuerOrganisationId)))
			.orElse(true);
	}

}
