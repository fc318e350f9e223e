package org.luoshi.plan;

import org.luoshi.common.Vocabulary;
import org.luoshi.common.Audited;

/**
 * The office discarded a pending import; the uploaded file stays stored with the import.
 *
 * @param importId the import
 * @param fileName the file as uploaded
 * @param actor who discarded it
 */
@Vocabulary("the audit summary is recorded once, in the office's language, and kept as written")
public record ImportDiscarded(long importId, String fileName, String actor) implements Audited {

	@Override
	public String action() {
		return "plan.import-discarded";
	}

	@Override
	public String subject() {
		return "import:" + importId;
	}

	@Override
	public String summary() {
		return "放弃导入 " + fileName;
	}

}
