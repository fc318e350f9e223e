package org.luoshi.audit.internal;

import java.time.Clock;
import java.time.OffsetDateTime;

import org.luoshi.common.Audited;

import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Writes every audited event into the log synchronously, inside the transaction that made
 * the change: a change that is rolled back leaves no entry, and a change that commits
 * cannot lose its entry.
 */
@Component
class AuditRecorder {

	private final JdbcClient jdbc;

	private final Clock clock;

	AuditRecorder(JdbcClient jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	@EventListener
	void record(Audited event) {
		jdbc.sql("""
				insert into audit_entry (occurred_at, actor, action, subject, summary)
				values (:at, :actor, :action, :subject, :summary)
				""")
			.param("at", OffsetDateTime.now(clock))
			.param("actor", limit(event.actor(), 100))
			.param("action", limit(event.action(), 100))
			.param("subject", limit(event.subject(), 100))
			.param("summary", limit(event.summary(), 2000))
			.update();
	}

	private static String limit(String value, int length) {
		if (value == null) {
			return "";
		}
		return value.length() <= length ? value : value.substring(0, length - 1) + "…";
	}

}
