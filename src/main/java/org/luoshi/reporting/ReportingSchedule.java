package org.luoshi.reporting;

import java.util.List;

/**
 * How a plan's cycles run: the days before the deadline reminders go out, the time zone
 * its deadlines are set in and, where the office sets them over what the notice orders,
 * how often organisations report and how many days after a half-year's or quarter's last
 * day their reports are due. {@code version} is 0 while the plan follows the defaults.
 *
 * @param rhythm the office's rhythm (yearly, half-yearly, quarterly); null follows the
 * notice
 * @param daysAfterPeriod the office's days after a period's end; null follows the notice
 * or the default
 */
public record ReportingSchedule(long planId, List<Integer> reminderDays, String timeZone, String rhythm,
		Integer daysAfterPeriod, int version) {

	public ReportingSchedule {
		reminderDays = List.copyOf(reminderDays);
	}

}
