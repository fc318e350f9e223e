package org.luoshi.security;

import org.luoshi.common.Refusal;

/**
 * The user administration refused a change; each reason has its own subclass, and its
 * message, in English, is for the log only (never with a password in it).
 */
public abstract class UserRefusal extends Refusal {

	protected UserRefusal(Kind kind, String code, String message, Object... arguments) {
		super(kind, "user", code, message, arguments);
	}

}
