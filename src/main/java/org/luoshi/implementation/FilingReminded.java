package org.luoshi.implementation;

import java.time.LocalDate;

import org.luoshi.common.Audited;

/**
 * The office reminded an organisation to file its implementation plan, or escalated (督办);
 * the notification and mail go out through the reporting module's notifier.
 *
 * @param deadline the filing deadline, or null when none is set
 * @param note the office's own words, or null
 */
public record FilingReminded(long planId, String planTitle, long organisationId, boolean escalation, LocalDate deadline,
		String note, String actor) implements Audited {

	@Override
	public String action() {
		return this.escalation ? "implementation.filing-escalated" : "implementation.filing-reminded";
	}

	@Override
	public String subject() {
		return "implementation-plan:" + this.planId + "/" + this.organisationId;
	}

	@Override
	public String summary() {
		return (this.note != null) ? this.note : this.action();
	}

}
