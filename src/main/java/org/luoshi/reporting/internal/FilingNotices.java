package org.luoshi.reporting.internal;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.Locale;

import org.luoshi.implementation.FilingReminded;

import org.springframework.context.MessageSource;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Delivers the office's reminders and escalations about implementation plans as every
 * reporting notice is delivered: a notification in the application and mails to the
 * organisation's contacts (its leadership too for an escalation), in the same transaction
 * as the reminder recorded.
 */
@Component
class FilingNotices {

	private final Notifier notifier;

	private final MessageSource messages;

	private final ReportingProperties properties;

	private final Clock clock;

	FilingNotices(Notifier notifier, MessageSource messages, ReportingProperties properties, Clock clock) {
		this.notifier = notifier;
		this.messages = messages;
		this.properties = properties;
		this.clock = clock;
	}

	@EventListener
	void reminded(FilingReminded reminded) {
		Locale locale = Locale.forLanguageTag(this.properties.mailLanguage());
		String deadline = (reminded.deadline() != null) ? reminded.deadline().toString()
				: this.messages.getMessage("reporting.filing.no-deadline", null, locale);
		String details = this.messages.getMessage("reporting.filing.details",
				new Object[] { reminded.planTitle(), deadline, (reminded.note() != null) ? reminded.note() : "" },
				locale);
		String kind = reminded.escalation() ? "filing-escalation" : "filing-reminder";
		this.notifier.send(new NotificationStore.New(reminded.organisationId(), null, null, kind, null, null, details),
				reminded.escalation(), reminded.actor(), OffsetDateTime.now(this.clock));
	}

}
