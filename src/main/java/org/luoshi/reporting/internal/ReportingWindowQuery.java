package org.luoshi.reporting.internal;

import java.time.Clock;
import java.time.OffsetDateTime;

import org.luoshi.indicator.ReportingWindow;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Tells the indicator module whether an organisation's report for a plan's year is open
 * for its figures: it exists, has not been accepted, and its due date (an exception the
 * office granted, else the cycle's deadline) has not passed. The port is the indicator
 * module's because this module depends on it, not the other way round.
 */
@Component
class ReportingWindowQuery implements ReportingWindow {

	private final JdbcClient jdbc;

	private final Clock clock;

	ReportingWindowQuery(JdbcClient jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	@Override
	public boolean open(long planId, int year, long organisationId) {
		OffsetDateTime now = OffsetDateTime.now(this.clock);
		return this.jdbc.sql("""
				select r.state, coalesce(r.due_at, c.deadline) as due
				from progress_report r join reporting_cycle c on c.id = r.cycle_id
				where c.plan_id = :plan and c.report_year = :year and r.organisation_id = :organisation
				""")
			.param("plan", planId)
			.param("year", year)
			.param("organisation", organisationId)
			.query((rs, i) -> !"accepted".equals(rs.getString(1))
					&& !now.isAfter(rs.getObject(2, OffsetDateTime.class)))
			.optional()
			.orElse(false);
	}

}
