package org.luoshi.reporting;

import java.time.OffsetDateTime;

/**
 * One line of a cycle's timetable: its opening, a reminder so many days before the
 * deadline, or the deadline itself; processed once its time has come.
 *
 * @param kind opening, reminder or deadline
 * @param daysBefore for a reminder, days before the deadline
 */
public record Milestone(long id, String kind, Integer daysBefore, OffsetDateTime dueAt, OffsetDateTime processedAt) {

	public static final String OPENING = "opening";

	public static final String REMINDER = "reminder";

	public static final String DEADLINE = "deadline";

}
