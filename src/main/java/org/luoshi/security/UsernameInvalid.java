package org.luoshi.security;

/**
 * Refusal: a user name must be 2 to 64 lower-case letters, digits, dots, hyphens or
 * underscores, starting with a letter or digit.
 */
public class UsernameInvalid extends UserRefusal {

	private final String username;

	public UsernameInvalid(String username) {
		super(Kind.BAD_REQUEST, "username-invalid", "Not a valid user name: " + username, username);
		this.username = username;
	}

	public String username() {
		return this.username;
	}

}
