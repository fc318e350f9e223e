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

	/** How many organisations one transaction reaches. */
	static final int CHUNK = 200;

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
	 * Processes every milestone due by now, its organisations {@value #CHUNK} to a
	 * transaction, then sends the mails still waiting. A milestone counts as processed
	 * once its last chunk has committed: a run cut short is taken up by the next, and the
	 * organisations already reached are not reached again.
	 * @return how many organisations were notified
	 */
	public int sendDue() {
		OffsetDateTime now = this.guard.now();
		int notified = 0;
		for (CycleStore.Due due : this.cycles.due(now)) {
			CycleStore.Cycle cycle = this.cycles.find(due.cycleId()).orElseThrow();
			long after = 0;
			for (List<ReportStore.Report> chunk = this.reports.ofCycleAfter(cycle.id(), after, CHUNK); !chunk
				.isEmpty(); chunk = this.reports.ofCycleAfter(cycle.id(), after, CHUNK)) {
				List<ReportStore.Report> reached = chunk;
				Integer count = this.transactions.execute((tx) -> process(cycle, due.milestone(), reached, now));
				notified += (count != null) ? count : 0;
				after = chunk.get(chunk.size() - 1).id();
			}
			this.transactions.executeWithoutResult((tx) -> this.cycles.processed(due.milestone().id(), now));
		}
		this.outbox.flush();
		return notified;
	}

	private int process(CycleStore.Cycle cycle, Milestone milestone, List<ReportStore.Report> chunk,
			OffsetDateTime now) {
		int notified = 0;
		for (ReportStore.Report r : chunk) {
			// the delivery's unique row is the claim: two nodes share a milestone without
			// a lock
			if (!addressed(milestone, r, cycle, now)
					|| !this.deliveries.claim(milestone.id(), r.organisationId(), now)) {
				continue;
			}
			String kind = Milestone.DEADLINE.equals(milestone.kind()) ? "overdue" : milestone.kind();
			int mails = this.notifier.send(new NotificationStore.New(r.organisationId(), cycle.id(), r.id(), kind,
					milestone.daysBefore(), r.due(cycle.deadline()), null), false, CurrentActor.SYSTEM, now);
			this.events.publishEvent(
					new ReminderSent(cycle.id(), milestone.id(), kind, r.organisationId(), mails, CurrentActor.SYSTEM));
			notified++;
		}
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
