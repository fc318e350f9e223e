package org.luoshi.audit.internal;

import java.time.Clock;
import java.time.OffsetDateTime;

import org.luoshi.common.Audited;

import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Writes every audited event into the log inside the transaction that made the change,
 * just before it commits: a change that is rolled back leaves no entry, and a change that
 * commits cannot lose its entry. Each entry is chained to the one before it
 * ({@link AuditHash}); the chain's head row is locked only for the moment of the commit,
 * so writers queue there briefly and never while holding it wait for anything else. A
 * read (a download) or anything outside a transaction is recorded in a transaction of its
 * own.
 */
@Component
class AuditRecorder {

	private final JdbcClient jdbc;

	private final Clock clock;

	private final TransactionTemplate ownTransaction;

	AuditRecorder(JdbcClient jdbc, Clock clock, PlatformTransactionManager transactions) {
		this.jdbc = jdbc;
		this.clock = clock;
		this.ownTransaction = new TransactionTemplate(transactions);
		this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
	}

	@EventListener
	void record(Audited event) {
		if (TransactionSynchronizationManager.isSynchronizationActive()
				&& TransactionSynchronizationManager.isActualTransactionActive()
				&& !TransactionSynchronizationManager.isCurrentTransactionReadOnly()) {
			TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
				@Override
				public void beforeCommit(boolean readOnly) {
					append(event);
				}
			});
		}
		else {
			this.ownTransaction.executeWithoutResult((status) -> append(event));
		}
	}

	private void append(Audited event) {
		String previous = this.jdbc.sql("select last_hash from audit_chain_head where id = 1 for update")
			.query(String.class)
			.single();
		OffsetDateTime at = AuditHash.kept(OffsetDateTime.now(this.clock));
		String actor = limit(event.actor(), 100);
		String action = limit(event.action(), 100);
		String subject = limit(event.subject(), 100);
		String summary = limit(event.summary(), 2000);
		String hash = AuditHash.of(previous, at, actor, action, subject, summary);
		this.jdbc.sql("""
				insert into audit_entry (occurred_at, actor, action, subject, summary, prev_hash, hash)
				values (:at, :actor, :action, :subject, :summary, :previous, :hash)
				""")
			.param("at", at)
			.param("actor", actor)
			.param("action", action)
			.param("subject", subject)
			.param("summary", summary)
			.param("previous", previous)
			.param("hash", hash)
			.update();
		this.jdbc.sql("update audit_chain_head set last_hash = :hash where id = 1").param("hash", hash).update();
	}

	private static String limit(String value, int length) {
		if (value == null) {
			return "";
		}
		return value.length() <= length ? value : value.substring(0, length - 1) + "…";
	}

}
