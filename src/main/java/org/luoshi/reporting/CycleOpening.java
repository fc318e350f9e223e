package org.luoshi.reporting;

import java.time.LocalDateTime;
import java.util.List;

/**
 * What the office says when it opens a cycle.
 *
 * @param year the year reported on
 * @param period which half-year or quarter of it ({@code H1}, {@code Q3}) for a plan that
 * reports more often than yearly; null for the whole year
 * @param deadline when reports are due, in the plan's time zone; null: 31 March of the
 * next year at 23:59 (luoshi.reporting.deadline)
 * @param organisationIds who reports; null or empty: every organisation with an open
 * assignment in the plan, collective names expanded to their members
 */
public record CycleOpening(int year, String period, LocalDateTime deadline, List<Long> organisationIds) {

	public CycleOpening {
		organisationIds = (organisationIds != null) ? List.copyOf(organisationIds) : List.of();
		period = (period != null && !period.isBlank()) ? period.strip() : null;
	}

	/** A cycle of the whole year. */
	public CycleOpening(int year, LocalDateTime deadline, List<Long> organisationIds) {
		this(year, null, deadline, organisationIds);
	}

}
