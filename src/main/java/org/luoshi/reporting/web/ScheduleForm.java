package org.luoshi.reporting.web;

import java.util.List;

import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;

/** A plan's reminder days before the deadline (30, 7, 1) and its time zone. */
record ScheduleForm(@NotNull List<Integer> reminderDays, @NotEmpty String timeZone) {
}
