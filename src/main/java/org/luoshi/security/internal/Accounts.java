package org.luoshi.security.internal;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.Locale;
import java.util.Objects;
import java.util.regex.Pattern;

import org.luoshi.organisation.OrganisationDirectory;
import org.luoshi.organisation.OrganisationNotFound;
import org.luoshi.security.LastOfficeAccount;
import org.luoshi.security.NewUser;
import org.luoshi.security.OrganisationNotAllowed;
import org.luoshi.security.OrganisationRequired;
import org.luoshi.security.Role;
import org.luoshi.security.UnacceptablePassword;
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

	public long create(NewUser user, String actor) {
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
		long id = this.users.insert(username, displayName, hash(user.password()), user.role(), user.organisationId(),
				this.clock.instant(), actor);
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

	public void resetPassword(long id, String password, String actor) {
		UserRecord user = require(id);
		this.users.changePasswordHash(id, hash(password));
		this.history.record(id, "password-reset", null, null, actor, this.clock.instant());
		this.sessions.endSessionsOf(user.username());
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

	public UserRecord require(long id) {
		return this.users.find(id).orElseThrow(() -> new UserNotFound(id));
	}

	static String normalised(String username) {
		return (username != null) ? username.strip().toLowerCase(Locale.ROOT) : "";
	}

	private void keepAnOffice(UserRecord user) {
		if (user.role() == Role.OFFICE && user.enabled() && this.users.countEnabled(Role.OFFICE) <= 1) {
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

	private String hash(String password) {
		if (password == null || password.length() < UnacceptablePassword.MIN_LENGTH
				|| password.getBytes(StandardCharsets.UTF_8).length > UnacceptablePassword.MAX_BYTES) {
			throw new UnacceptablePassword();
		}
		return this.passwords.encode(password);
	}

	private static String describe(Role role, Long organisationId) {
		return (organisationId != null) ? role.code() + ":" + organisationId : role.code();
	}

}
