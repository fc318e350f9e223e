package org.luoshi.organisation;

import java.time.Instant;

/**
 * One change in an organisation's history: what happened (created, alias-added, renamed,
 * merged, succeeds, member-added, member-replaced), the value before and after, who did
 * it and when.
 */
public record OrganisationChange(String event, String previousValue, String newValue, String actor, Instant at) {
}
