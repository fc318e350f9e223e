package org.luoshi.reporting.internal;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import jakarta.annotation.PreDestroy;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Sends queued mails off the request thread: once the transaction that queued them has
 * committed (so that the reader never gets a mail about something that did not happen) a
 * single mail thread is nudged, and every half-minute it sweeps what a failed attempt, a
 * crash or another node left. Each mail is claimed in the database before it goes, so two
 * nodes never send one twice; the outbox writes what was sent in transactions of its own.
 */
@Component
class MailFlusher {

	private static final Logger log = LoggerFactory.getLogger(MailFlusher.class);

	/** Mails were queued in the current transaction. */
	record MailsQueued(int count) {
	}

	private final MailOutbox outbox;

	// one thread: flushes run one after another, never two at once on a node
	private final ExecutorService sender = Executors.newSingleThreadExecutor((work) -> {
		Thread thread = new Thread(work, "luoshi-mail");
		thread.setDaemon(true);
		return thread;
	});

	MailFlusher(MailOutbox outbox) {
		this.outbox = outbox;
	}

	@TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT, fallbackExecution = true)
	void flush(MailsQueued queued) {
		this.sender.execute(this::sweep);
	}

	@Scheduled(fixedDelayString = "${luoshi.reporting.mail-sweep:PT30S}", initialDelayString = "PT30S")
	void sweep() {
		try {
			this.outbox.flush();
		}
		catch (RuntimeException ex) {
			log.warn("Mail sweep failed, to be tried again: {}", ex.getMessage());
		}
	}

	@PreDestroy
	void stop() {
		this.sender.shutdown();
	}

}
