package org.luoshi.security;

/**
 * The user administration refused a change; each reason has its own subclass, and its
 * message, in English, is for the log only (never with a password in it).
 */
public abstract class UserRefusal extends RuntimeException {

	protected UserRefusal(String message) {
		super(message);
	}

}
