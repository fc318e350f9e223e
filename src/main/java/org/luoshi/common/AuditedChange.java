package org.luoshi.common;

/**
 * A change recorded in a module's own history and, through this event, in the audit log:
 * for modules whose history rows already say who changed what.
 *
 * @param actor who made the change
 * @param action module.verb, e.g. organisation.renamed
 * @param subject type:id, e.g. organisation:12
 * @param summary one line for people
 */
public record AuditedChange(String actor, String action, String subject, String summary) implements Audited {
}
