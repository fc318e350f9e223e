package org.luoshi.reporting;

import org.luoshi.common.Vocabulary;
import org.luoshi.common.Audited;

/** The lead organisation saved its consolidated account of a shared task. */
@Vocabulary("the audit summary is recorded once, in the office's language, and kept as written")
public record ConsolidationSaved(long reportId, long taskId, String code, String actor) implements Audited {

	@Override
	public String action() {
		return "reporting.consolidation-saved";
	}

	@Override
	public String subject() {
		return "report:" + this.reportId;
	}

	@Override
	public String summary() {
		return "保存任务 " + this.code + " 的牵头单位汇总";
	}

}
