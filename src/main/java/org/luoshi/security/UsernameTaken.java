package org.luoshi.security;

/**
 * Refusal: another user already has this user name, enabled or not; a user name is never
 * given twice.
 */
public class UsernameTaken extends UserRefusal {

	private final String username;

	public UsernameTaken(String username) {
		super(Kind.CONFLICT, "username-taken", "The user name " + username + " is taken", username);
		this.username = username;
	}

	public String username() {
		return this.username;
	}

}
