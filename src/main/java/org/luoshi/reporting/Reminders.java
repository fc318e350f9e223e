package org.luoshi.reporting;

import java.time.OffsetDateTime;
import java.util.List;

import org.luoshi.reporting.internal.CycleStore;
import org.luoshi.reporting.internal.DeliveryStore;
import org.luoshi.reporting.internal.Guard;
import org.luoshi.reporting.internal.MailOutbox;
import org.luoshi.reporting.internal.Notifier;
import org.luoshi.reporting.internal.NotificationStore;
import org.luoshi.reporting.internal.ReportStore;
import org.luoshi.security.CurrentActor;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Keeps organisations on time: every milestone of a cycle's timetable whose time has come
 * is processed once — the opening reaches every reporting organisation, a reminder those
 * whose report is still a draft before its due date, the deadline those whose draft is
 * now overdue — in the application and by mail. Each milestone reaches each organisation
 * at most once, however many nodes run the job and however often. The scheduled job calls
 * {@link #sendDue()}; so do tests, with the clock they set.
 */
@Service
public class Reminders {

	private final CycleStore cycles;

	private final ReportStore reports;

	private final DeliveryStore deliveries;

	private final Notifier notifier;

	private final MailOutbox outbox;

	private final Guard guard;

	private final TransactionTemplate transactions;

	private final ApplicationEventPublisher events;

	Reminders(CycleStore cycles, ReportStore reports, DeliveryStore deliveries, Notifier notifier, MailOutbox outbox,
			Guard guard, TransactionTemplate transactions, ApplicationEventPublisher events) {
		this.cycles = cycles;
		this.reports = reports;
		this.deliveries = deliveries;
		this.notifier = notifier;
		this.outbox = outbox;
		this.guard = guard;
		this.transactions = transactions;
		this.events = events;
	}

	/**
	 * Processes every milestone due by now, each in its own transaction, then sends the
	 * mails still waiting.
	 * @return how many organisations were notified
	 */
	public int sendDue() {
		OffsetDateTime now = this.guard.now();
		int notified = 0;
		for (CycleStore.Due due : this.cycles.due(now)) {
			Integer count = this.transactions.execute((tx) -> process(due, now));
			notified += (count != null) ? count : 0;
		}
		this.outbox.flush();
		return notified;
	}

	private int process(CycleStore.Due due, OffsetDateTime now) {
		CycleStore.Cycle cycle = this.cycles.find(due.cycleId()).orElseThrow();
		Milestone milestone = due.milestone();
		List<ReportStore.Report> addressed = this.reports.ofCycle(cycle.id())
			.stream()
			.filter((r) -> addressed(milestone, r, cycle, now))
			.toList();
		int notified = 0;
		for (ReportStore.Report r : addressed) {
			if (!this.deliveries.claim(milestone.id(), r.organisationId(), now)) {
				continue;
			}
			String kind = Milestone.DEADLINE.equals(milestone.kind()) ? "overdue" : milestone.kind();
			int mails = this.notifier.send(new NotificationStore.New(r.organisationId(), cycle.id(), r.id(), kind,
					milestone.daysBefore(), r.due(cycle.deadline()), null), false, CurrentActor.SYSTEM, now);
			this.events.publishEvent(
					new ReminderSent(cycle.id(), milestone.id(), kind, r.organisationId(), mails, CurrentActor.SYSTEM));
			notified++;
		}
		this.cycles.processed(milestone.id(), now);
		return notified;
	}

	private static boolean addressed(Milestone milestone, ReportStore.Report r, CycleStore.Cycle cycle,
			OffsetDateTime now) {
		boolean draft = r.state() == ReportState.DRAFT;
		boolean pastDue = now.isAfter(r.due(cycle.deadline()));
		return switch (milestone.kind()) {
			case Milestone.OPENING -> true;
			case Milestone.REMINDER -> draft && !pastDue;
			default -> draft && pastDue;
		};
	}

}
