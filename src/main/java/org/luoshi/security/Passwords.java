package org.luoshi.security;

import org.luoshi.security.internal.Accounts;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Every signed-in user changes their own password, giving the current one; this is also
 * how a password somebody else set (the office, the generated first password) is
 * replaced, as it must be before the user does anything else. The user's other sessions
 * end.
 */
@Service
public class Passwords {

	private final Accounts accounts;

	private final CurrentActor actors;

	Passwords(Accounts accounts, CurrentActor actors) {
		this.accounts = accounts;
		this.actors = actors;
	}

	/**
	 * @throws CurrentPasswordWrong the current password given is not the user's
	 * @throws PasswordUnchanged the new one is the current one
	 * @throws UnacceptablePassword too short or too long
	 * @throws PasswordIsUsername the user name
	 * @throws PasswordTooCommon one of the most common passwords
	 */
	@Transactional
	public void changeOwn(String current, String next) {
		this.accounts.changeOwnPassword(this.actors.current().userId(), current, next);
	}

}
