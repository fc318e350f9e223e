package org.luoshi.reporting;

import org.luoshi.common.Vocabulary;
import org.luoshi.common.Audited;

/**
 * A report took a step of its workflow: submitted, approved, received, accepted, returned
 * or reopened under an exception. Published in the transaction of the step.
 *
 * @param step the step's code (submit, approve, …)
 * @param note the comment or reason given, if any
 */
@Vocabulary("the audit summary is recorded once, in the office's language, and kept as written")
public record ReportMoved(long reportId, long organisationId, String step, ReportState from, ReportState to,
		String note, String actor) implements Audited {

	@Override
	public String action() {
		return "reporting.report-" + this.step;
	}

	@Override
	public String subject() {
		return "report:" + this.reportId;
	}

	@Override
	public String summary() {
		return "报告 " + this.from.code() + " → " + this.to.code() + ((this.note != null) ? "：" + this.note : "");
	}

}
