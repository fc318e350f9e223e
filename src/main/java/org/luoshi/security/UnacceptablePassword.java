package org.luoshi.security;

/**
 * Refusal: a password must have at least {@value #MIN_LENGTH} characters and at most
 * {@value #MAX_BYTES} bytes in UTF-8, the most bcrypt reads.
 */
public class UnacceptablePassword extends UserRefusal {

	public static final int MIN_LENGTH = 12;

	public static final int MAX_BYTES = 72;

	public UnacceptablePassword() {
		super(Kind.BAD_REQUEST, "password",
				"A password must have " + MIN_LENGTH + " characters to " + MAX_BYTES + " bytes", MIN_LENGTH, MAX_BYTES);
	}

}
