package org.luoshi.reporting;

import org.luoshi.common.Vocabulary;
import org.luoshi.common.Audited;

/** The office changed where an organisation's reminders and escalations go. */
@Vocabulary("the audit summary is recorded once, in the office's language, and kept as written")
public record ContactsChanged(long organisationId, int contacts, String actor) implements Audited {

	@Override
	public String action() {
		return "reporting.contacts-changed";
	}

	@Override
	public String subject() {
		return "organisation:" + this.organisationId;
	}

	@Override
	public String summary() {
		return "报送联系人改为 " + this.contacts + " 个邮箱";
	}

}
