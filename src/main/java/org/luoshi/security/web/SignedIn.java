package org.luoshi.security.web;

import java.util.function.LongFunction;

import org.luoshi.security.Actor;

/**
 * Who is signed in, as the page header shows it: display name, role and the name of the
 * organisation a reporter or approver acts for, looked up only when a page shows it.
 */
public final class SignedIn {

	private final Actor actor;

	private final LongFunction<String> organisationNames;

	SignedIn(Actor actor, LongFunction<String> organisationNames) {
		this.actor = actor;
		this.organisationNames = organisationNames;
	}

	public String getDisplayName() {
		return this.actor.displayName();
	}

	public String getUsername() {
		return this.actor.username();
	}

	public String getRoleCode() {
		return this.actor.role().code();
	}

	public boolean isOffice() {
		return this.actor.isOffice();
	}

	/**
	 * The organisation a reporter or approver acts for, whose tasks "my tasks" shows;
	 * null for the office and leaders.
	 */
	public Long getOrganisationId() {
		return this.actor.organisationId();
	}

	public String getOrganisationName() {
		Long id = this.actor.organisationId();
		return (id != null) ? this.organisationNames.apply(id) : null;
	}

}
