package org.luoshi.reporting.web;

import java.util.List;

import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;

/**
 * A plan's reminder days before the deadline (30, 7, 1), its time zone and, over what the
 * notice orders, how often it reports (yearly, half-yearly, quarterly) and how many days
 * after a half-year's or quarter's end its reports are due.
 */
record ScheduleForm(@NotNull List<Integer> reminderDays, @NotEmpty String timeZone, String rhythm,
		Integer daysAfterPeriod) {
}
