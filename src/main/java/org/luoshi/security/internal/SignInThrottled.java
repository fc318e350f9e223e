package org.luoshi.security.internal;

import java.time.Instant;

import org.springframework.security.authentication.LockedException;

/**
 * A sign-in refused before its password is checked, because the user name or the address
 * failed too often: the API answers it with 429 and the moment to try again.
 */
public final class SignInThrottled extends LockedException {

	private final Instant until;

	SignInThrottled(Instant until) {
		super("Too many failed sign-ins; try again after " + until);
		this.until = until;
	}

	/** When sign-ins are accepted again. */
	public Instant until() {
		return this.until;
	}

}
