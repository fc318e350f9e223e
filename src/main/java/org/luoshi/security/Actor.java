package org.luoshi.security;

import java.io.Serial;
import java.io.Serializable;
import java.util.Objects;

/**
 * The signed-in user as other modules see it: who, in which role, and for which
 * organisation a reporter or approver acts (by id; none for the office and leaders).
 */
public record Actor(long userId, String username, String displayName, Role role,
		Long organisationId) implements Serializable {

	@Serial
	private static final long serialVersionUID = 1L;

	public Actor {
		Objects.requireNonNull(username, "username");
		Objects.requireNonNull(role, "role");
		if (role.actsForAnOrganisation() && organisationId == null) {
			throw new OrganisationRequired(role);
		}
		if (!role.actsForAnOrganisation() && organisationId != null) {
			throw new OrganisationNotAllowed(role);
		}
	}

	public boolean isOffice() {
		return this.role == Role.OFFICE;
	}

	public boolean isLeader() {
		return this.role == Role.LEADER;
	}

	/** Whether this user is a reporter or approver of that organisation. */
	public boolean actsFor(long organisationId) {
		return this.organisationId != null && this.organisationId == organisationId;
	}

}
