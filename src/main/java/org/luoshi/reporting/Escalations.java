package org.luoshi.reporting;

import org.luoshi.reporting.internal.Access;
import org.luoshi.reporting.internal.Guard;
import org.luoshi.reporting.internal.Notifier;
import org.luoshi.reporting.internal.NotificationStore;
import org.luoshi.reporting.internal.ReportStore;
import org.luoshi.reporting.internal.ReportViews;
import org.luoshi.security.Actor;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The office presses an organisation to report (督办): a notice in the application and a
 * mail to its reporting contacts and its leadership, sent once the escalation is
 * recorded.
 */
@Service
public class Escalations {

	/** Longest message an escalation carries. */
	public static final int MESSAGE_LIMIT = 2000;

	private final ReportViews views;

	private final ReportStore reports;

	private final Notifier notifier;

	private final Guard guard;

	private final Access access;

	private final ApplicationEventPublisher events;

	Escalations(ReportViews views, ReportStore reports, Notifier notifier, Guard guard, Access access,
			ApplicationEventPublisher events) {
		this.views = views;
		this.reports = reports;
		this.notifier = notifier;
		this.guard = guard;
		this.access = access;
		this.events = events;
	}

	/**
	 * @return how many mails went out
	 * @throws CycleRefusal.OrganisationNotInCycle when it does not report in the cycle
	 */
	@Transactional
	public int escalate(long cycleId, long organisationId, String message) {
		Actor office = this.access.office(Step.RUN_CYCLE);
		this.views.cycle(cycleId);
		if (message == null || message.isBlank()) {
			throw new CycleRefusal.EscalationMessageRequired();
		}
		String text = message.strip();
		if (text.length() > MESSAGE_LIMIT) {
			throw new DraftRefusal.TextTooLong("message", text.length(), MESSAGE_LIMIT);
		}
		ReportStore.Report report = this.reports.find(cycleId, organisationId)
			.orElseThrow(() -> new CycleRefusal.OrganisationNotInCycle(organisationId));
		ReportViews.Loaded loaded = this.views.load(report.id());
		int mails = this.notifier.send(
				new NotificationStore.New(organisationId, cycleId, report.id(), "escalation", null, loaded.due(), text),
				true, office.username(), this.guard.now());
		this.events.publishEvent(new EscalationSent(cycleId, organisationId, text, mails, office.username()));
		return mails;
	}

}
