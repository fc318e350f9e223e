package org.luoshi.security.internal;

import java.time.Clock;
import java.util.Locale;
import java.util.Objects;
import java.util.regex.Pattern;

import org.luoshi.organisation.OrganisationDirectory;
import org.luoshi.organisation.OrganisationNotFound;
import org.luoshi.security.CurrentPasswordWrong;
import org.luoshi.security.LastOfficeAccount;
import org.luoshi.security.NewUser;
import org.luoshi.security.OrganisationNotAllowed;
import org.luoshi.security.OrganisationRequired;
import org.luoshi.security.PasswordUnchanged;
import org.luoshi.security.Role;
import org.luoshi.security.UnknownOrganisation;
import org.luoshi.security.UserNotFound;
import org.luoshi.security.UsernameInvalid;
import org.luoshi.security.UsernameTaken;

import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Enters and changes users after checking every rule, records each change with who made
 * it, and signs a user out everywhere when their role, password or access changes. Who
 * may ask is decided by the caller.
 */
@Component
@Transactional
public class Accounts {

	private static final Pattern USERNAME = Pattern.compile("[a-z0-9][a-z0-9._-]{1,63}");

	private final UserStore users;

	private final UserHistoryStore history;

	private final PasswordEncoder passwords;

	private final OrganisationDirectory organisations;

	private final SessionEnder sessions;

	private final Clock clock;

	public Accounts(UserStore users, UserHistoryStore history, PasswordEncoder passwords,
			OrganisationDirectory organisations, SessionEnder sessions, Clock clock) {
		this.users = users;
		this.history = history;
		this.passwords = passwords;
		this.organisations = organisations;
		this.sessions = sessions;
		this.clock = clock;
	}

	/**
	 * Enters a user with a password somebody else chose: the user must change it at the
	 * first sign-in.
	 */
	public long create(NewUser user, String actor) {
		return insert(user, actor, true, true);
	}

	/**
	 * Enters a demo login with the published demo password, which no rule checks and
	 * nobody must change: it is a demonstration on the embedded database only.
	 */
	long createDemo(NewUser user, String actor) {
		return insert(user, actor, false, false);
	}

	private long insert(NewUser user, String actor, boolean checkPassword, boolean changeRequired) {
		String username = normalised(user.username());
		if (!USERNAME.matcher(username).matches()) {
			throw new UsernameInvalid(user.username());
		}
		if (this.users.findByUsername(username).isPresent()) {
			throw new UsernameTaken(username);
		}
		checkOrganisation(user.role(), user.organisationId());
		String displayName = (user.displayName() == null || user.displayName().isBlank()) ? username
				: user.displayName().strip();
		if (checkPassword) {
			PasswordRules.check(username, user.password());
		}
		long id = this.users.insert(username, displayName, this.passwords.encode(user.password()), user.role(),
				user.organisationId(), this.clock.instant(), actor, changeRequired);
		this.history.record(id, "created", null, describe(user.role(), user.organisationId()), actor,
				this.clock.instant());
		return id;
	}

	public void changeRole(long id, Role role, Long organisationId, String actor) {
		UserRecord user = require(id);
		checkOrganisation(role, organisationId);
		if (user.role() == role && Objects.equals(user.organisationId(), organisationId)) {
			return;
		}
		if (role != Role.OFFICE) {
			keepAnOffice(user);
		}
		this.users.changeRole(id, role, organisationId);
		this.history.record(id, "role-changed", describe(user.role(), user.organisationId()),
				describe(role, organisationId), actor, this.clock.instant());
		this.sessions.endSessionsOf(user.username());
	}

	/**
	 * Sets a password somebody else chose: the user must change it at the next sign-in,
	 * and is signed out everywhere.
	 */
	public void resetPassword(long id, String password, String actor) {
		UserRecord user = require(id);
		PasswordRules.check(user.username(), password);
		this.users.changePasswordHash(id, this.passwords.encode(password), true);
		this.history.record(id, "password-reset", null, null, actor, this.clock.instant());
		this.sessions.endSessionsOf(user.username());
	}

	/**
	 * The user's own change, with the current password: it ends the need to change it and
	 * every other session of the user.
	 * @throws CurrentPasswordWrong the current password given is not the user's
	 * @throws PasswordUnchanged the new one is the current one
	 */
	public void changeOwnPassword(long id, String current, String next) {
		UserRecord user = require(id);
		if (current == null || !this.passwords.matches(current, user.passwordHash())) {
			throw new CurrentPasswordWrong();
		}
		if (current.equals(next)) {
			throw new PasswordUnchanged();
		}
		PasswordRules.check(user.username(), next);
		this.users.changePasswordHash(id, this.passwords.encode(next), false);
		this.history.record(id, "password-changed", null, null, user.username(), this.clock.instant());
		this.sessions.endOtherSessionsOf(user.username());
	}

	public void changeEnabled(long id, boolean enabled, String actor) {
		UserRecord user = require(id);
		if (user.enabled() == enabled) {
			return;
		}
		if (!enabled) {
			keepAnOffice(user);
		}
		this.users.changeEnabled(id, enabled);
		this.history.record(id, enabled ? "enabled" : "disabled", null, null, actor, this.clock.instant());
		if (!enabled) {
			this.sessions.endSessionsOf(user.username());
		}
	}

	/**
	 * Takes a login a demo start entered out of use for good: disabled, its password
	 * replaced by the hash of a secret nobody knows, recorded; nothing is deleted, so its
	 * history and what it did stay.
	 */
	void retire(UserRecord user, String actor) {
		this.users.changePasswordHash(user.id(), this.passwords.encode(TokenSecrets.generate()), false);
		if (user.enabled()) {
			this.users.changeEnabled(user.id(), false);
		}
		this.history.record(user.id(), "demo-retired", null, null, actor, this.clock.instant());
		this.sessions.endSessionsOf(user.username());
	}

	public UserRecord require(long id) {
		return this.users.find(id).orElseThrow(() -> new UserNotFound(id));
	}

	static String normalised(String username) {
		return (username != null) ? username.strip().toLowerCase(Locale.ROOT) : "";
	}

	private void keepAnOffice(UserRecord user) {
		if (user.role() != Role.OFFICE || !user.enabled()) {
			return;
		}
		// two office users disabling each other at once: the second waits for the first
		// to commit, then counts what is left
		this.users.lockOfficeUsers();
		if (this.users.countEnabled(Role.OFFICE) <= 1) {
			throw new LastOfficeAccount(user.username());
		}
	}

	private void checkOrganisation(Role role, Long organisationId) {
		if (role.actsForAnOrganisation() && organisationId == null) {
			throw new OrganisationRequired(role);
		}
		if (!role.actsForAnOrganisation() && organisationId != null) {
			throw new OrganisationNotAllowed(role);
		}
		if (organisationId != null) {
			try {
				this.organisations.get(organisationId);
			}
			catch (OrganisationNotFound ex) {
				throw new UnknownOrganisation(organisationId);
			}
		}
	}

	private static String describe(Role role, Long organisationId) {
		return (organisationId != null) ? role.code() + ":" + organisationId : role.code();
	}

}
