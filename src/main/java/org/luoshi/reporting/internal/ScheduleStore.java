package org.luoshi.reporting.internal;

import java.time.OffsetDateTime;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The reminder days and time zone a plan has set for its cycles. */
@Repository
public class ScheduleStore {

	/** A plan's schedule as stored: days as written (30,7,1). */
	public record Stored(long planId, String reminderDays, String timeZone, String rhythm, Integer daysAfterPeriod,
			int version) {
	}

	private final JdbcClient jdbc;

	ScheduleStore(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public Optional<Stored> find(long planId) {
		return this.jdbc.sql("""
				select plan_id, reminder_days, time_zone, rhythm, days_after_period, version
				from reporting_schedule where plan_id = :plan""")
			.param("plan", planId)
			.query((rs, i) -> new Stored(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4),
					(Integer) rs.getObject(5), rs.getInt(6)))
			.optional();
	}

	/**
	 * Saves the schedule if the stored one is still at {@code expectedVersion} (0: none
	 * stored yet).
	 * @return false when it changed meanwhile
	 */
	public boolean save(long planId, String days, String zone, String rhythm, Integer daysAfterPeriod,
			int expectedVersion, String actor, OffsetDateTime at) {
		if (expectedVersion == 0) {
			return this.jdbc
				.sql("""
						insert into reporting_schedule (plan_id, reminder_days, time_zone, rhythm, days_after_period, version,
						                                updated_by, updated_at)
						values (:plan, :days, :zone, :rhythm, :daysAfter, 1, :actor, :at) on conflict do nothing
						""")
				.param("plan", planId)
				.param("days", days)
				.param("zone", zone)
				.param("rhythm", rhythm)
				.param("daysAfter", daysAfterPeriod)
				.param("actor", actor)
				.param("at", at)
				.update() == 1;
		}
		return this.jdbc.sql("""
				update reporting_schedule set reminder_days = :days, time_zone = :zone, rhythm = :rhythm,
				       days_after_period = :daysAfter, version = version + 1, updated_by = :actor, updated_at = :at
				where plan_id = :plan and version = :version
				""")
			.param("days", days)
			.param("zone", zone)
			.param("rhythm", rhythm)
			.param("daysAfter", daysAfterPeriod)
			.param("actor", actor)
			.param("at", at)
			.param("plan", planId)
			.param("version", expectedVersion)
			.update() == 1;
	}

}
