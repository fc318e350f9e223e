package org.luoshi.indicator;

import java.math.BigDecimal;
import java.time.OffsetDateTime;

/**
 * One target an indicator has been held to, and from which year: the notice's own (no
 * revision, no reason) or an approved revision with its reason and approval. The history
 * lists them oldest first; each year is judged against the latest approved one whose year
 * it has reached.
 *
 * @param revisionId the approved revision, null for the notice's target
 */
public record TargetVersion(int fromYear, BigDecimal target, BigDecimal targetUpper, String reason, Long revisionId,
		String approvedBy, OffsetDateTime approvedAt) {

}
