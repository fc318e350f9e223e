package org.luoshi.reporting;

import org.luoshi.common.Vocabulary;
import org.luoshi.common.Audited;

/** A file was attached to a report. */
@Vocabulary("the audit summary is recorded once, in the office's language, and kept as written")
public record AttachmentAdded(long reportId, long attachmentId, String fileName, long size,
		String actor) implements Audited {

	@Override
	public String action() {
		return "reporting.attachment-added";
	}

	@Override
	public String subject() {
		return "report:" + this.reportId;
	}

	@Override
	public String summary() {
		return "上传附件 " + this.fileName + "（" + this.size + " 字节）";
	}

}
