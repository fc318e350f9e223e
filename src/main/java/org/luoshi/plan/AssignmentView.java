package org.luoshi.plan;

/**
 * One organisation answering for a task.
 *
 * @param organisationId the organisation in the directory
 * @param name its name in the directory today
 * @param writtenName the name as the notice wrote it
 * @param role lead, responsible, by-duty, participant, supporting or guiding
 */
public record AssignmentView(long organisationId, String name, String writtenName, String role) {
}
