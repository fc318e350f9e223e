package org.luoshi.evaluation;

/**
 * A numbered draft with everything it says: its numbers as generated and the office's own
 * sections. {@code summary().version()} is what a change of the text names (If-Match).
 */
public record AnnualReportView(AnnualReportSummary summary, Narrative narrative, AnnualReportModel model) {

	public long id() {
		return this.summary.id();
	}

}
