package org.luoshi.reporting;

/**
 * What one organisation's submitted report says of a task: its own account or, for a task
 * it leads, the lead's account (input to a lead is not counted again).
 *
 * @param problems the problems it reports, as written; null for none
 */
public record TaskOutcome(long taskId, long organisationId, String organisationName, EntryKind kind, EntryStatus status,
		String problems) {

}
