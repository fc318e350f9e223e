package org.luoshi.implementation;

/**
 * A task of the plan for which no organisation has filed a measure.
 *
 * @param lead the leading organisation's name, or null
 */
public record UnplannedTask(long taskId, String code, String text, String lead) {

}
