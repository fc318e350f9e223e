package org.luoshi.security;

/** Refusal: the password is the user name, the first thing anybody guesses. */
public class PasswordIsUsername extends UserRefusal {

	public PasswordIsUsername() {
		super(Kind.BAD_REQUEST, "password-is-username", "The password is the user name");
	}

}
