package org.luoshi.implementation;

import java.time.OffsetDateTime;

/**
 * One version of an implementation plan: its number, state, the reason it was opened
 * (none for the first) and who drafted, approved and filed it, when.
 */
public record VersionInfo(long id, int number, ImplementationState state, String reason, String draftedBy,
		OffsetDateTime draftedAt, String approvedBy, OffsetDateTime approvedAt, String filedBy,
		OffsetDateTime filedAt) {

}
