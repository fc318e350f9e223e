package org.luoshi.reporting;

import org.luoshi.common.Vocabulary;
import org.luoshi.common.Audited;

/** A user marked a notification read. */
@Vocabulary("the audit summary is recorded once, in the office's language, and kept as written")
public record NotificationRead(long notificationId, String actor) implements Audited {

	@Override
	public String action() {
		return "reporting.notification-read";
	}

	@Override
	public String subject() {
		return "notification:" + this.notificationId;
	}

	@Override
	public String summary() {
		return "已读通知 " + this.notificationId;
	}

}
