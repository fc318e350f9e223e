package org.luoshi.security;

/** Refusal: the new password is the one the user has now. */
public class PasswordUnchanged extends UserRefusal {

	public PasswordUnchanged() {
		super(Kind.INVALID, "password-unchanged", "The new password is the current one");
	}

}
