package org.luoshi.implementation.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.Map;

import org.luoshi.implementation.FilingReminded;
import org.luoshi.implementation.FilingRow;
import org.luoshi.plan.PlanRegister;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Reminds the organisations that have not filed their implementation plan, as reports are
 * reminded: once in the week before the office's filing deadline and once after it has
 * passed, on the schedule {@code luoshi.implementation.reminders.cron} (daily unless
 * configured; "-" turns it off, as the tests do). Any number of nodes may run it: each
 * occasion reaches each organisation once, and a deadline moved by the office is a new
 * occasion.
 */
@Component
public class FilingReminderJob {

	private static final Logger log = LoggerFactory.getLogger(FilingReminderJob.class);

	/** How many days before the deadline the reminder goes out. */
	static final int DAYS_BEFORE = 7;

	private final FilingStore store;

	private final PlanRegister register;

	private final ApplicationEventPublisher events;

	private final TransactionTemplate transactions;

	private final Clock clock;

	private final ZoneId zone;

	FilingReminderJob(FilingStore store, PlanRegister register, ApplicationEventPublisher events,
			TransactionTemplate transactions, Clock clock,
			@Value("${luoshi.reporting.time-zone:Asia/Shanghai}") String zone) {
		this.store = store;
		this.register = register;
		this.events = events;
		this.transactions = transactions;
		this.clock = clock;
		this.zone = ZoneId.of(zone);
	}

	@Scheduled(cron = "${luoshi.implementation.reminders.cron:0 0 9 * * *}",
			zone = "${luoshi.reporting.time-zone:Asia/Shanghai}")
	void run() {
		int reminded = sendDue();
		if (reminded > 0) {
			log.info("Filing reminders: {} organisations reminded", reminded);
		}
	}

	/**
	 * Sends the reminders due today.
	 * @return how many organisations were reminded
	 */
	public int sendDue() {
		LocalDate today = LocalDate.now(this.clock.withZone(this.zone));
		int reminded = 0;
		for (Map.Entry<Long, LocalDate> filing : this.store.deadlines().entrySet()) {
			LocalDate deadline = filing.getValue();
			String occasion = today.isAfter(deadline) ? "overdue:" + deadline
					: !today.isBefore(deadline.minusDays(DAYS_BEFORE)) ? "before:" + deadline : null;
			if (occasion == null) {
				continue;
			}
			long planId = filing.getKey();
			String title = this.register.plan(planId).title();
			for (FilingRow row : this.store.rows(planId, deadline, today)) {
				if (!row.filed() && once(planId, title, row.organisationId(), deadline, occasion)) {
					reminded++;
				}
			}
		}
		return reminded;
	}

	private boolean once(long planId, String title, long organisationId, LocalDate deadline, String occasion) {
		try {
			Boolean sent = this.transactions.execute((status) -> {
				if (!this.store.addReminderOnce(planId, organisationId, occasion, OffsetDateTime.now(this.clock))) {
					return false;
				}
				this.events
					.publishEvent(new FilingReminded(planId, title, organisationId, false, deadline, null, "system"));
				return true;
			});
			return Boolean.TRUE.equals(sent);
		}
		catch (DataIntegrityViolationException ex) {
			// another node reminded it at the same moment
			return false;
		}
	}

}
