package org.luoshi.organisation.internal;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;

import org.luoshi.organisation.OrganisationChange;

import org.luoshi.common.AuditedChange;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The append-only history of every change to an organisation. */
@Repository
public class HistoryStore {

	private final JdbcClient jdbc;

	private final ApplicationEventPublisher events;

	public HistoryStore(JdbcClient jdbc, ApplicationEventPublisher events) {
		this.events = events;
		this.jdbc = jdbc;
	}

	public void record(long organisationId, String event, String previousValue, String newValue, String actor,
			Instant at) {
		this.jdbc.sql("""
				insert into organisation_history (organisation_id, event, previous_value, new_value, actor, recorded_at)
				values (:organisation, :event, :previous, :new, :actor, :at)""")
			.param("organisation", organisationId)
			.param("event", event)
			.param("previous", previousValue)
			.param("new", newValue)
			.param("actor", actor)
			.param("at", OffsetDateTime.ofInstant(at, ZoneOffset.UTC))
			.update();
		this.events.publishEvent(new AuditedChange(actor, "organisation." + event, "organisation:" + organisationId,
				summary(event, previousValue, newValue)));
	}

	private static String summary(String event, String previous, String now) {
		return event + (previous == null ? "" : "：「" + previous + "」") + (now == null ? "" : " →「" + now + "」");
	}

	public List<OrganisationChange> of(long organisationId) {
		return this.jdbc.sql("select * from organisation_history where organisation_id = :id order by id")
			.param("id", organisationId)
			.query((rs, n) -> new OrganisationChange(rs.getString("event"), rs.getString("previous_value"),
					rs.getString("new_value"), rs.getString("actor"),
					rs.getObject("recorded_at", OffsetDateTime.class).toInstant()))
			.list();
	}

}
