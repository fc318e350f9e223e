package org.luoshi.audit;

import java.time.OffsetDateTime;

/**
 * One recorded change.
 *
 * @param id its place in the log
 * @param at when it happened
 * @param actor who made it
 * @param action what happened (module.verb)
 * @param subject what it happened to (type:id)
 * @param summary one line for people
 */
public record AuditEntry(long id, OffsetDateTime at, String actor, String action, String subject, String summary) {
}
