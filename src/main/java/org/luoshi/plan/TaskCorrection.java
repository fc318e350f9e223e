package org.luoshi.plan;

import java.time.OffsetDateTime;

/**
 * One change to a task after it was imported: a correction by the office or a revision of
 * the notice.
 *
 * @param field what changed: text, responsible, lead, removed
 * @param previousValue the value before
 * @param newValue the value after
 * @param reason why, as the office wrote it or the revision that made it
 * @param actor who made it
 * @param at when
 */
public record TaskCorrection(String field, String previousValue, String newValue, String reason, String actor,
		OffsetDateTime at) {
}
