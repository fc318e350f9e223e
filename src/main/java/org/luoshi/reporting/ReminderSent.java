package org.luoshi.reporting;

import org.luoshi.common.Vocabulary;
import org.luoshi.common.Audited;

/**
 * A milestone of a cycle's timetable reached an organisation: the opening, a reminder or
 * the deadline passed.
 */
@Vocabulary("the audit summary is recorded once, in the office's language, and kept as written")
public record ReminderSent(long cycleId, long milestoneId, String kind, long organisationId, int mails,
		String actor) implements Audited {

	@Override
	public String action() {
		return "reporting.reminder-sent";
	}

	@Override
	public String subject() {
		return "cycle:" + this.cycleId;
	}

	@Override
	public String summary() {
		return "向单位 " + this.organisationId + " 发送" + this.kind + "通知（" + this.mails + " 封邮件）";
	}

}
