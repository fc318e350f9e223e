package org.luoshi.plan.internal;

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

}
