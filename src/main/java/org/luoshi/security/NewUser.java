package org.luoshi.security;

/**
 * What it takes to enter a user: the user name to sign in with, the name shown on every
 * page, the first password, the role and, for a reporter or approver, the organisation.
 */
public record NewUser(String username, String displayName, String password, Role role, Long organisationId) {

	@Override
	public String toString() {
		// a command may end up in a log message; its password must not
		return "NewUser[username=" + this.username + ", role=" + this.role + ", organisationId=" + this.organisationId
				+ "]";
	}

}
