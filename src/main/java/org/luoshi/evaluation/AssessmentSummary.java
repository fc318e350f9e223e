package org.luoshi.evaluation;

import java.time.OffsetDateTime;

/**
 * A plan's assessment of one year: its state, the cycle it reads, the number of its
 * latest run (each computation is one) and who computed, locked and published it.
 */
public record AssessmentSummary(long id, long planId, int year, long cycleId, AssessmentState state, int run,
		int version, String computedBy, OffsetDateTime computedAt, String lockedBy, OffsetDateTime lockedAt,
		String publishedBy, OffsetDateTime publishedAt) {

}
