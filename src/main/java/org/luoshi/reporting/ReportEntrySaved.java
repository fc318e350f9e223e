package org.luoshi.reporting;

import org.luoshi.common.Vocabulary;
import org.luoshi.common.Audited;

/** A reporter saved an entry of a draft (autosave included). */
@Vocabulary("the audit summary is recorded once, in the office's language, and kept as written")
public record ReportEntrySaved(long reportId, long taskId, String code, int reportVersion,
		String actor) implements Audited {

	@Override
	public String action() {
		return "reporting.entry-saved";
	}

	@Override
	public String subject() {
		return "report:" + this.reportId;
	}

	@Override
	public String summary() {
		return "保存任务 " + this.code + " 的进展（报告版本 " + this.reportVersion + "）";
	}

}
