package org.luoshi.implementation.internal.document;

/**
 * A task of the plan an item may serve.
 *
 * @param taskId the task's id
 * @param code its number in the notice (3.2.1), or null
 * @param text its text
 */
public record Candidate(long taskId, String code, String text) {
}
