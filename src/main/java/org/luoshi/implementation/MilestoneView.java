package org.luoshi.implementation;

/**
 * A milestone of a measure as kept.
 *
 * @param recognition how its completion is recognised, or null
 */
public record MilestoneView(long id, String deliverable, Due due, String recognition) {

}
