package org.luoshi.reporting.internal;

import org.luoshi.reporting.Reminders;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Runs the reminders on the schedule {@code luoshi.reporting.reminders.cron} (every ten
 * minutes unless configured; "-" turns it off, as the tests do). Any number of nodes may
 * run it: each milestone reaches each organisation once.
 */
@Component
class ReminderJob {

	private static final Logger log = LoggerFactory.getLogger(ReminderJob.class);

	private final Reminders reminders;

	ReminderJob(Reminders reminders) {
		this.reminders = reminders;
	}

	@Scheduled(cron = "${luoshi.reporting.reminders.cron:0 */10 * * * *}",
			zone = "${luoshi.reporting.time-zone:Asia/Shanghai}")
	void run() {
		int notified = this.reminders.sendDue();
		if (notified > 0) {
			log.info("Reporting reminders: {} organisations notified", notified);
		}
	}

}
