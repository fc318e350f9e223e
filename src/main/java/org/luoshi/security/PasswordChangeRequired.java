package org.luoshi.security;

import org.luoshi.common.Refusal;

/**
 * Refusal: the user's password was set by somebody else (the office, or the generated
 * first password), and nothing else is done until the user has chosen their own — on the
 * page {@code /account/password} or with {@code POST /api/account/password}.
 */
public class PasswordChangeRequired extends Refusal {

	public PasswordChangeRequired(String username) {
		super(Kind.FORBIDDEN, "security", "password-change-required",
				username + " must change the password somebody else set", username);
	}

}
