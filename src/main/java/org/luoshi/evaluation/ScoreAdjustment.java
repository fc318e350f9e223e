package org.luoshi.evaluation;

import java.math.BigDecimal;
import java.time.OffsetDateTime;

/** The office's adjustment of a score, with its reason, shown with the score. */
public record ScoreAdjustment(long id, long organisationId, BigDecimal points, String reason, String madeBy,
		OffsetDateTime madeAt) {

}
