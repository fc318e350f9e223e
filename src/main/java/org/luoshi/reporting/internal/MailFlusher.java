package org.luoshi.reporting.internal;

import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Sends queued mails once the transaction that queued them has committed, so that the
 * reader never gets a mail about something that did not happen; the outbox writes what
 * was sent in transactions of its own.
 */
@Component
class MailFlusher {

	/** Mails were queued in the current transaction. */
	record MailsQueued(int count) {
	}

	private final MailOutbox outbox;

	MailFlusher(MailOutbox outbox) {
		this.outbox = outbox;
	}

	@TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT, fallbackExecution = true)
	void flush(MailsQueued queued) {
		this.outbox.flush();
	}

}
