package org.luoshi.reporting;

import org.luoshi.common.Vocabulary;
import org.luoshi.common.Audited;

/** The office set when a plan's cycles remind and in which time zone. */
@Vocabulary("the audit summary is recorded once, in the office's language, and kept as written")
public record ReportingScheduleChanged(long planId, String reminderDays, String timeZone,
		String actor) implements Audited {

	@Override
	public String action() {
		return "reporting.schedule-changed";
	}

	@Override
	public String subject() {
		return "plan:" + this.planId;
	}

	@Override
	public String summary() {
		return "提醒设为截止前 " + this.reminderDays + " 天，时区 " + this.timeZone;
	}

}
