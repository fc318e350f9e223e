package org.luoshi.plan.internal;

import java.time.Clock;
import java.time.OffsetDateTime;

import org.luoshi.organisation.OrganisationSucceeded;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * When a rename or merger takes effect, the open tasks the predecessor answered for go to
 * its successor in the same transaction: either the directory and the register both
 * change, or neither does. (The directory announces a reform on the day it takes effect,
 * not when it is recorded.)
 */
@Component
class AssignmentSuccession {

	private static final Logger log = LoggerFactory.getLogger(AssignmentSuccession.class);

	private final AssignmentStore assignments;

	private final Clock clock;

	AssignmentSuccession(AssignmentStore assignments, Clock clock) {
		this.assignments = assignments;
		this.clock = clock;
	}

	@TransactionalEventListener(phase = TransactionPhase.BEFORE_COMMIT)
	void on(OrganisationSucceeded event) {
		int carried = this.assignments.carry(event.predecessorId(), event.successorId(),
				"succession:" + event.reason() + ":" + event.effective(), OffsetDateTime.now(this.clock));
		log.info("Carried {} open assignments of organisation {} to {} ({})", carried, event.predecessorId(),
				event.successorId(), event.reason());
	}

}
