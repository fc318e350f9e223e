package org.luoshi.reporting.internal;

import java.time.OffsetDateTime;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Which milestone reached which organisation. The primary key lets each happen once: of
 * two nodes claiming the same delivery, one inserts and the other finds it done.
 */
@Repository
public class DeliveryStore {

	private final JdbcClient jdbc;

	DeliveryStore(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * @return true if this call delivers it, false if it was delivered before
	 */
	public boolean claim(long milestoneId, long organisationId, OffsetDateTime at) {
		return this.jdbc.sql("""
				insert into reminder_delivery (milestone_id, organisation_id, delivered_at)
				values (:milestone, :organisation, :at) on conflict do nothing
				""")
			.param("milestone", milestoneId)
			.param("organisation", organisationId)
			.param("at", at)
			.update() == 1;
	}

	public int count(long milestoneId) {
		return this.jdbc.sql("select count(*) from reminder_delivery where milestone_id = :milestone")
			.param("milestone", milestoneId)
			.query(Integer.class)
			.single();
	}

}
