package org.luoshi.evaluation;

import java.time.OffsetDateTime;

/**
 * A numbered draft as lists show it: plan, year, number, state, the version its text is
 * at, and who generated, froze and published it when.
 *
 * @param revisionReason why it replaced a report published before on the same year
 */
public record AnnualReportSummary(long id, long planId, int year, int number, AnnualReportState state, int version,
		String generatedBy, OffsetDateTime generatedAt, String frozenBy, OffsetDateTime frozenAt, String publishedBy,
		OffsetDateTime publishedAt, String revisionReason) {

}
