package org.luoshi.reporting;

/**
 * What an organisation's sent report says of one task: its own account, its account as
 * the lead, or its input to the lead of a shared task — each with the status it gave.
 *
 * @param taskCode the task's number in the notice (二.（三）.4)
 */
public record TaskAccount(long taskId, String taskCode, long organisationId, EntryKind kind, EntryStatus status) {

}
