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

	/** The most users a page holds. */
	public static final int MOST_ON_A_PAGE = 200;

	private final UserStore users;

	private final UserHistoryStore history;

	private final CurrentActor actors;

	Users(Accounts accounts, UserStore users, UserHistoryStore history, CurrentActor actors) {
		this.accounts = accounts;
		this.users = users;
		this.history = history;
		this.actors = actors;
	}

	/**
	 * A page of the users whose user name or name contains the text, by user name: the
	 * office never reads every user to show some.
	 */
	public UserPage page(String text, int page, int size) {
		office();
		if (page < 0 || size < 1 || size > MOST_ON_A_PAGE) {
			throw new IllegalArgumentException(
					"Pages are numbered from 0 and hold from 1 to " + MOST_ON_A_PAGE + " users");
		}
		List<UserView> found = this.users.page(text, (long) page * size, size).stream().map(UserRecord::view).toList();
		return new UserPage(found, page, size, this.users.count(text));
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
