package org.luoshi.security;

import java.util.List;

import org.luoshi.security.internal.Accounts;
import org.luoshi.security.internal.UserHistoryStore;
import org.luoshi.security.internal.UserRecord;
import org.luoshi.security.internal.UserStore;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The user administration: only the planning office lists, enters and changes users.
 * Every change is recorded with who made it; a user whose role, password or access
 * changed is signed out everywhere. Refusals are {@link UserRefusal}s; anybody else than
 * the office is refused with {@link NotPermitted}.
 */
@Service
@Transactional(readOnly = true)
public class Users {

	private final Accounts accounts;

	private final UserStore users;

	private final UserHistoryStore history;

	private final CurrentActor actors;

	Users(Accounts accounts, UserStore users, UserHistoryStore history, CurrentActor actors) {
		this.accounts = accounts;
		this.users = users;
		this.history = history;
		this.actors = actors;
	}

	/** Every user, by user name. */
	public List<UserView> list() {
		office();
		return this.users.all().stream().map(UserRecord::view).toList();
	}

	/**
	 * @throws UserNotFound if no user has the id
	 */
	public UserView get(long id) {
		office();
		return this.accounts.require(id).view();
	}

	public List<UserChange> history(long id) {
		office();
		this.accounts.require(id);
		return this.history.of(id);
	}

	@Transactional
	public UserView create(NewUser user) {
		return this.accounts.require(this.accounts.create(user, office().username())).view();
	}

	/** Gives the user another role and, for a reporter or approver, its organisation. */
	@Transactional
	public UserView changeRole(long id, Role role, Long organisationId) {
		this.accounts.changeRole(id, role, organisationId, office().username());
		return this.accounts.require(id).view();
	}

	@Transactional
	public void resetPassword(long id, String newPassword) {
		this.accounts.resetPassword(id, newPassword, office().username());
	}

	@Transactional
	public UserView disable(long id) {
		this.accounts.changeEnabled(id, false, office().username());
		return this.accounts.require(id).view();
	}

	@Transactional
	public UserView enable(long id) {
		this.accounts.changeEnabled(id, true, office().username());
		return this.accounts.require(id).view();
	}

	private Actor office() {
		return this.actors.requireRole("manage-users", Role.OFFICE).orElseGet(this.actors::current);
	}

}
