package org.luoshi.indicator.internal;

import java.time.OffsetDateTime;
import java.util.Optional;

import org.luoshi.common.AuditedChange;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The mid-term year a plan's office has set; a plan without a row takes its half-way
 * year.
 */
@Repository
public class MidtermYearStore {

	/** The year set and the version a change must name. */
	public record Stored(int year, int version) {
	}

	private final JdbcClient jdbc;

	private final ApplicationEventPublisher events;

	MidtermYearStore(JdbcClient jdbc, ApplicationEventPublisher events) {
		this.jdbc = jdbc;
		this.events = events;
	}

	public Optional<Stored> find(long planId) {
		return this.jdbc.sql("select midterm_year, version from indicator_midterm_year where plan_id = :plan")
			.param("plan", planId)
			.query((rs, i) -> new Stored(rs.getInt(1), rs.getInt(2)))
			.optional();
	}

	/**
	 * Sets the year if it is still at the version the caller saw (0 while none is set).
	 * @return false when somebody changed it in between
	 */
	public boolean save(long planId, int year, int expectedVersion, String actor, OffsetDateTime at) {
		Optional<Stored> stored = find(planId);
		boolean saved;
		if (stored.isEmpty()) {
			saved = expectedVersion == 0 && this.jdbc.sql("""
					insert into indicator_midterm_year (plan_id, midterm_year, version, updated_by, updated_at)
					values (:plan, :year, 1, :actor, :at)
					""").param("plan", planId).param("year", year).param("actor", actor).param("at", at).update() == 1;
		}
		else {
			saved = this.jdbc.sql("""
					update indicator_midterm_year set midterm_year = :year, version = version + 1, updated_by = :actor,
					       updated_at = :at
					where plan_id = :plan and version = :version
					""")
				.param("year", year)
				.param("actor", actor)
				.param("at", at)
				.param("plan", planId)
				.param("version", expectedVersion)
				.update() == 1;
		}
		if (saved) {
			this.events.publishEvent(
					new AuditedChange(actor, "indicator.midterm-year-set", "plan:" + planId, String.valueOf(year)));
		}
		return saved;
	}

}
