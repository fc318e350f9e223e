package org.luoshi.organisation;

import java.time.LocalDate;

/**
 * An organisation stopped acting on {@code effective} and another took over its duties,
 * because it was renamed in an institutional reform or merged into the successor; open
 * work assigned to the predecessor belongs to the successor from then on. Published on
 * the day the succession takes effect (at once when it is recorded for a day already
 * past).
 */
public record OrganisationSucceeded(long predecessorId, long successorId, String reason, LocalDate effective) {

	public static final String RENAMED = "renamed";

	public static final String MERGED = "merged";

}
