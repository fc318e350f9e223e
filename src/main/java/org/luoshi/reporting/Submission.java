package org.luoshi.reporting;

import java.time.OffsetDateTime;

/**
 * A submission as stored: the version it became, when and by whom, and the idempotency
 * key it came with. A retry with the same key gets this same answer.
 */
public record Submission(long reportId, int number, OffsetDateTime submittedAt, String submittedBy,
		String idempotencyKey) {

}
