package org.luoshi.security.internal;

import org.luoshi.organisation.OrganisationSucceeded;
import org.luoshi.security.CurrentActor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * When a rename or merger takes effect, the users who acted for the predecessor act for
 * the successor from then on: the same reporters and approvers write its reports. Each
 * change is kept in the user's history and ends the user's sessions, so that the next
 * request sees the new organisation.
 */
@Component
class UserSuccession {

	private static final Logger log = LoggerFactory.getLogger(UserSuccession.class);

	private final UserStore users;

	private final Accounts accounts;

	private final CurrentActor actors;

	UserSuccession(UserStore users, Accounts accounts, CurrentActor actors) {
		this.users = users;
		this.accounts = accounts;
		this.actors = actors;
	}

	@TransactionalEventListener(phase = TransactionPhase.BEFORE_COMMIT)
	void on(OrganisationSucceeded event) {
		int moved = 0;
		for (UserRecord user : this.users.all()) {
			if (user.organisationId() != null && user.organisationId() == event.predecessorId()) {
				this.accounts.changeRole(user.id(), user.role(), event.successorId(), this.actors.name());
				moved++;
			}
		}
		log.info("{} users of organisation {} now act for {} ({})", moved, event.predecessorId(), event.successorId(),
				event.reason());
	}

}
