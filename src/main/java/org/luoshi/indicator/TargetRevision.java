package org.luoshi.indicator;

import java.math.BigDecimal;
import java.time.OffsetDateTime;

/**
 * A revised target as proposed by the planning office (部分指标调整) and decided by a leader:
 * the new target, the year from which it holds, why, and who proposed and decided it,
 * when. {@code version} is what a decision may name (If-Match).
 *
 * @param target the new target (a percentage for reduce- and increase-by-percent)
 * @param targetUpper the new upper bound of a range, if any
 * @param fromYear the first year judged against the new target
 * @param returnReason why a leader returned it
 */
public record TargetRevision(long id, long indicatorId, BigDecimal target, BigDecimal targetUpper, int fromYear,
		String reason, RevisionState state, String proposedBy, OffsetDateTime proposedAt, String decidedBy,
		OffsetDateTime decidedAt, String returnReason, int version) {

}
