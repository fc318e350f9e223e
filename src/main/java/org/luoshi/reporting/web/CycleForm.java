package org.luoshi.reporting.web;

import java.time.LocalDateTime;
import java.util.List;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import org.luoshi.reporting.CycleOpening;

/**
 * Opening a cycle: the year reported on and, for a plan reporting by the half-year or the
 * quarter, which one ({@code H1}, {@code Q3}); the deadline in the plan's time zone
 * (default 31 March of the next year, 23:59); the organisations that report (default: all
 * with an open assignment).
 */
record CycleForm(@NotNull @Min(1949) @Max(2200) Integer year, String period, LocalDateTime deadline,
		List<Long> organisationIds) {

	CycleOpening opening() {
		return new CycleOpening(this.year, this.period, this.deadline, this.organisationIds);
	}

}
