package org.luoshi.reporting;

import org.luoshi.common.Audited;
import org.luoshi.common.Vocabulary;

/** Somebody downloaded a report's attachment: who read which file is in the audit log. */
@Vocabulary("the audit summary is recorded once, in the office's language, and kept as written")
public record AttachmentDownloaded(long reportId, long attachmentId, String fileName, long size,
		String actor) implements Audited {

	@Override
	public String action() {
		return "reporting.attachment-downloaded";
	}

	@Override
	public String subject() {
		return "report:" + this.reportId;
	}

	@Override
	public String summary() {
		return "下载附件 " + this.fileName + "（" + this.size + " 字节）";
	}

}
