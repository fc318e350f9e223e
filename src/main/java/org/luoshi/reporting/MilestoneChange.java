package org.luoshi.reporting;

import java.time.LocalDate;

/**
 * What a reporter says of a milestone due in the report's period.
 *
 * @param outcome done, not-done or done-late
 * @param completedOn when it was met: required when done late, after the due date
 * @param evidence what shows it was met: required when done or done late
 */
public record MilestoneChange(String outcome, LocalDate completedOn, String evidence) {

}
