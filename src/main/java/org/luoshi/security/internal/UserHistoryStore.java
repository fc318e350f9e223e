package org.luoshi.security.internal;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;

import org.luoshi.security.UserChange;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The append-only history of every change to a user. */
@Repository
public class UserHistoryStore {

	private final JdbcClient jdbc;

	public UserHistoryStore(JdbcClient jdbc) {
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
