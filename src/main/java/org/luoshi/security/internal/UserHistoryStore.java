package org.luoshi.security.internal;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;

import org.luoshi.security.UserChange;

import org.luoshi.common.AuditedChange;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The append-only history of every change to a user. */
@Repository
public class UserHistoryStore {

	private final JdbcClient jdbc;

	private final ApplicationEventPublisher events;

	public UserHistoryStore(JdbcClient jdbc, ApplicationEventPublisher events) {
		this.events = events;
		this.jdbc = jdbc;
	}

	public void record(long userId, String event, String previousValue, String newValue, String actor, Instant at) {
		this.jdbc.sql("""
				insert into user_history (user_id, event, previous_value, new_value, actor, recorded_at)
				values (:user, :event, :previous, :new, :actor, :at)""")
			.param("user", userId)
			.param("event", event)
			.param("previous", previousValue)
			.param("new", newValue)
			.param("actor", actor)
			.param("at", OffsetDateTime.ofInstant(at, ZoneOffset.UTC))
			.update();
		// the history never holds a password, so neither does the audit log
		this.events.publishEvent(new AuditedChange(actor, "security." + event, "user:" + userId,
				event + (newValue == null ? "" : "：" + newValue)));
	}

	public List<UserChange> of(long userId) {
		return this.jdbc.sql("select * from user_history where user_id = :id order by id")
			.param("id", userId)
			.query((rs, n) -> new UserChange(rs.getString("event"), rs.getString("previous_value"),
					rs.getString("new_value"), rs.getString("actor"),
					rs.getObject("recorded_at", OffsetDateTime.class).toInstant()))
			.list();
	}

}
