package org.luoshi.reporting;

import java.time.Duration;
import java.time.OffsetDateTime;

/**
 * One organisation's timeliness in a cycle: on time, late by N days (every day begun
 * after the deadline counts), missing, or pending while the deadline has not passed. It
 * is the first submission that counts: a report returned for correction and sent again
 * was still in on time.
 *
 * @param daysLate days begun after the deadline, for a late report; else null
 */
public record Timeliness(long organisationId, String organisationName, TimelinessStatus status, Integer daysLate,
		OffsetDateTime firstSubmittedAt) {

	private static final long DAY = Duration.ofDays(1).toSeconds();

	/** The timeliness of a report first submitted at {@code first} (null: not yet). */
	public static Timeliness of(long organisationId, String name, OffsetDateTime deadline, OffsetDateTime first,
			OffsetDateTime now) {
		if (first != null) {
			if (!first.isAfter(deadline)) {
				return new Timeliness(organisationId, name, TimelinessStatus.ON_TIME, null, first);
			}
			long seconds = Duration.between(deadline, first).toSeconds();
			int days = (int) Math.max(1, (seconds + DAY - 1) / DAY);
			return new Timeliness(organisationId, name, TimelinessStatus.LATE, days, first);
		}
		TimelinessStatus status = now.isAfter(deadline) ? TimelinessStatus.MISSING : TimelinessStatus.PENDING;
		return new Timeliness(organisationId, name, status, null, null);
	}

}
