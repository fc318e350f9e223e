package org.luoshi.reporting;

import java.util.List;

/**
 * How a plan's cycles remind: the days before the deadline reminders go out, and the time
 * zone its deadlines are set in. {@code version} is 0 while the plan follows the
 * configured defaults.
 */
public record ReportingSchedule(long planId, List<Integer> reminderDays, String timeZone, int version) {

	public ReportingSchedule {
		reminderDays = List.copyOf(reminderDays);
	}

}
