package org.luoshi.reporting.internal;

import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

import org.luoshi.organisation.OrganisationDirectory;
import org.luoshi.plan.PlanRegister;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * Tells an organisation (or the office) what happened in a cycle: a notification in the
 * application and, for organisations, a mail to each of its contacts — routine notices to
 * its reporting contacts, escalations also to its leadership. Texts come from the message
 * files ({@code reporting.notice.<kind>}, {@code reporting.mail.<kind>.subject}); mails
 * are sent once the transaction commits.
 */
@Component
public class Notifier {

	private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

	private final NotificationStore notifications;

	private final ContactStore contacts;

	private final MailOutbox outbox;

	private final CycleStore cycles;

	private final ReportStore reports;

	private final PlanRegister register;

	private final OrganisationDirectory directory;

	private final MessageSource messages;

	private final ReportingProperties properties;

	private final ApplicationEventPublisher events;

	Notifier(NotificationStore notifications, ContactStore contacts, MailOutbox outbox, CycleStore cycles,
			ReportStore reports, PlanRegister register, OrganisationDirectory directory, MessageSource messages,
			ReportingProperties properties, ApplicationEventPublisher events) {
		this.notifications = notifications;
		this.contacts = contacts;
		this.outbox = outbox;
		this.cycles = cycles;
		this.reports = reports;
		this.register = register;
		this.directory = directory;
		this.messages = messages;
		this.properties = properties;
		this.events = events;
	}

	/**
	 * Records the notification and queues its mails.
	 * @param leadership whether the organisation's leadership is written to as well
	 * @return how many mails were queued
	 */
	public int send(NotificationStore.New notice, boolean leadership, String actor, OffsetDateTime at) {
		long id = this.notifications.add(notice, actor, at);
		if (notice.organisationId() == null) {
			return 0;
		}
		Locale locale = Locale.forLanguageTag(this.properties.mailLanguage());
		Object[] arguments = arguments(notice, locale);
		String subject = this.messages.getMessage("reporting.mail." + notice.kind() + ".subject", arguments, locale);
		String body = this.messages.getMessage("reporting.notice." + notice.kind(), arguments, locale) + "\n\n"
				+ this.messages.getMessage("reporting.mail.link", arguments, locale);
		int queued = 0;
		for (var contact : this.contacts.of(notice.organisationId())) {
			if (leadership || !contact.leadership()) {
				this.outbox.queue(contact.email(), subject, body, id, at);
				queued++;
			}
		}
		if (queued > 0) {
			this.events.publishEvent(new MailFlusher.MailsQueued(queued));
		}
		return queued;
	}

	/** The text of a notification in the reader's language. */
	public String text(NotificationStore.Notification n, Locale locale) {
		NotificationStore.New notice = new NotificationStore.New(n.organisationId(), n.cycleId(), n.reportId(),
				n.kind(), n.daysBefore(), n.dueAt(), n.message());
		return this.messages.getMessage("reporting.notice." + n.kind(), arguments(notice, locale), n.kind(), locale);
	}

	/**
	 * {0} the period in words (2011 年度, 2011 年第三季度), {1} plan, {2} organisation, {3} due,
	 * {4} days before, {5} message, {6} link to the report.
	 */
	private Object[] arguments(NotificationStore.New n, Locale locale) {
		CycleStore.Cycle cycle = (n.cycleId() != null) ? this.cycles.find(n.cycleId()).orElse(null) : null;
		String year = (cycle != null)
				? this.messages.getMessage(cycle.period().messageKey(), cycle.period().messageArguments(), locale) : "";
		String plan = (cycle != null) ? this.register.plan(cycle.planId()).title() : "";
		// a notice to the office names the organisation whose report it is about
		Long about = (n.organisationId() != null) ? n.organisationId() : (n.reportId() != null)
				? this.reports.find(n.reportId()).map(ReportStore.Report::organisationId).orElse(null) : null;
		String organisation = (about != null) ? this.directory.get(about).name() : "";
		String due = (n.dueAt() != null && cycle != null) ? WHEN.format(n.dueAt().atZoneSameInstant(cycle.zone())) : "";
		String days = (n.daysBefore() != null) ? String.valueOf(n.daysBefore()) : "";
		String link = this.properties.baseUrl() + (n.kind().startsWith("filing-") ? "/implementation"
				: (n.reportId() != null) ? "/reports/" + n.reportId() : "/reports");
		return new Object[] { year, plan, organisation, due, days, (n.message() != null) ? n.message() : "", link };
	}

}
