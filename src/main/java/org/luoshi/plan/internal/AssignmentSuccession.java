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
 * When an organisation is renamed or merged into another, the open tasks it answered for
 * go to its successor in the same transaction: either the directory and the register both
 * change, or neither does.
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
		int carried = assignments.carry(event.predecessorId(), event.successorId(),
				"succession:" + event.reason() + ":" + event.effective(), OffsetDateTime.now(clock));
		log.info("Carried {} open assignments of organisation {} to {} ({})", carried, event.predecessorId(),
				event.successorId(), event.reason());
	}

}
