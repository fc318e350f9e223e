package org.luoshi.reporting;

import org.luoshi.common.Vocabulary;
import org.luoshi.common.Audited;

/** A reporter entered an indicator figure through the report. */
@Vocabulary("the audit summary is recorded once, in the office's language, and kept as written")
public record ReportFigureEntered(long reportId, long indicatorId, String indicator, long valueId,
		String actor) implements Audited {

	@Override
	public String action() {
		return "reporting.figure-entered";
	}

	@Override
	public String subject() {
		return "report:" + this.reportId;
	}

	@Override
	public String summary() {
		return "填报指标“" + this.indicator + "”的数值（" + this.valueId + "）";
	}

}
