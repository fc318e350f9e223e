package org.luoshi.reporting;

import java.time.LocalDate;

import org.luoshi.implementation.Due;

/**
 * A milestone the organisation filed in its implementation plan that falls due in the
 * report's period, with what the report says of it.
 *
 * @param measure the measure it belongs to
 * @param outcome done, not done or done late; null until answered
 * @param completedOn when it was met, if said
 * @param evidence what shows it was met (a document's number, a link, a file attached)
 * @param overdue its due date passed (by the day the report was submitted, or today for a
 * draft) and it is not met: the task is lagging by rule
 */
public record MilestoneAnswer(long milestoneId, String measure, String deliverable, Due due, String recognition,
		MilestoneOutcome outcome, LocalDate completedOn, String evidence, boolean overdue) {

}
