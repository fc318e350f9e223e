package org.luoshi.implementation;

/**
 * A milestone an organisation filed for a task, as a report asks about it.
 *
 * @param measure the measure it belongs to
 */
public record MilestoneDue(long id, long taskId, String measure, String deliverable, Due due, String recognition) {

}
