package org.luoshi.evaluation;

import org.luoshi.common.Audited;
import org.luoshi.common.Vocabulary;

/** Somebody downloaded an annual report's draft as a generated document (Word or PDF). */
@Vocabulary("the audit summary is recorded once, in the office's language, and kept as written")
public record ReportDocumentDownloaded(long reportId, String format, String actor) implements Audited {

	@Override
	public String action() {
		return "evaluation.document-downloaded";
	}

	@Override
	public String subject() {
		return "annual-report:" + this.reportId;
	}

	@Override
	public String summary() {
		return "下载年度报告草稿（" + this.format + "）";
	}

}
