package org.luoshi.security;

/**
 * Refusal: the password is on the list of passwords that leaked lists show to be common
 * ({@code security/common-passwords.txt}), the first an attacker tries.
 */
public class PasswordTooCommon extends UserRefusal {

	public PasswordTooCommon() {
		super(Kind.BAD_REQUEST, "password-common", "The password is one of the most common ones");
	}

}
