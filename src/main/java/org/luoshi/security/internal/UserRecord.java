package org.luoshi.security.internal;

import java.time.Instant;

import org.luoshi.security.Actor;
import org.luoshi.security.Role;
import org.luoshi.security.UserView;

/**
 * One row of the user table, password hash included: it never leaves this package.
 * {@code passwordChangeRequired} while the password is one somebody else set.
 */
public record UserRecord(long id, String username, String displayName, String passwordHash, Role role,
		Long organisationId, boolean enabled, int version, Instant createdAt, String createdBy,
		boolean passwordChangeRequired) {

	public UserView view() {
		return new UserView(this.id, this.username, this.displayName, this.role, this.organisationId, this.enabled,
				this.version, this.createdAt, this.createdBy);
	}

	public Actor actor() {
		return new Actor(this.id, this.username, this.displayName, this.role, this.organisationId);
	}

	@Override
	public String toString() {
		return "UserRecord[id=" + this.id + ", username=" + this.username + ", role=" + this.role + "]";
	}

}
