package org.luoshi.implementation;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

import org.luoshi.common.AuditedChange;
import org.luoshi.implementation.internal.ImplementationAccess;
import org.luoshi.implementation.internal.FilingStore;
import org.luoshi.organisation.OrganisationDirectory;
import org.luoshi.plan.PlanOverview;
import org.luoshi.plan.PlanRegister;
import org.luoshi.security.Actor;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The office's side of filing (报备): the deadline it sets for a plan, the list of who has
 * filed and who has not, a reminder to those missing and an escalation (督办) of one — each
 * recorded and delivered as a notification and mail.
 */
@Service
@Transactional
public class Filings {

	/** Longest note the office adds to a reminder. */
	public static final int NOTE_LIMIT = 1_000;

	private final FilingStore store;

	private final PlanRegister register;

	private final OrganisationDirectory directory;

	private final ImplementationAccess access;

	private final Clock clock;

	private final ApplicationEventPublisher events;

	Filings(FilingStore store, PlanRegister register, OrganisationDirectory directory, ImplementationAccess access,
			Clock clock, ApplicationEventPublisher events) {
		this.store = store;
		this.register = register;
		this.directory = directory;
		this.access = access;
		this.clock = clock;
		this.events = events;
	}

	/** Who has filed and who has not, for the office and leaders. */
	@Transactional(readOnly = true)
	public FilingStatus status(long planId) {
		this.access.overseer();
		PlanOverview plan = this.register.plan(planId);
		LocalDate deadline = this.store.deadline(planId).orElse(null);
		return new FilingStatus(planId, plan.title(), deadline,
				this.store.rows(planId, deadline, LocalDate.now(this.clock)));
	}

	/** Sets the day by which every organisation files; within the plan's period. */
	public FilingStatus setDeadline(long planId, LocalDate deadline) {
		Actor office = this.access.office("set-deadline");
		PlanOverview plan = this.register.plan(planId);
		if (deadline == null) {
			throw new ImplementationRefusal.FieldInvalid("deadline", 10);
		}
		if (plan.startYear() != null && plan.endYear() != null
				&& (deadline.getYear() < plan.startYear() - 1 || deadline.getYear() > plan.endYear())) {
			throw new ImplementationRefusal.DeadlineOutsidePlan(deadline.toString(), plan.startYear(), plan.endYear());
		}
		this.store.setDeadline(planId, deadline, office.username(), now());
		this.events.publishEvent(new AuditedChange(office.username(), "implementation.deadline-set", "plan:" + planId,
				deadline.toString()));
		return status(planId);
	}

	/**
	 * Reminds the organisations that have not filed, or one of them.
	 * @param organisationId one organisation, or null for every one missing
	 * @return how many were reminded
	 */
	public int remind(long planId, Long organisationId, String note) {
		return send(planId, organisationId, false, note);
	}

	/**
	 * Escalates (督办) to an organisation that has not filed: its leadership is written to
	 * as well.
	 */
	public int escalate(long planId, Long organisationId, String note) {
		return send(planId, organisationId, true, note);
	}

	private int send(long planId, Long organisationId, boolean escalation, String note) {
		Actor office = this.access.office(escalation ? "escalate" : "remind");
		if (escalation && organisationId == null) {
			throw new ImplementationRefusal.FieldInvalid("organisationId", 20);
		}
		if (note != null && note.strip().length() > NOTE_LIMIT) {
			throw new ImplementationRefusal.FieldInvalid("note", NOTE_LIMIT);
		}
		String written = (note != null && !note.isBlank()) ? note.strip() : null;
		PlanOverview plan = this.register.plan(planId);
		LocalDate deadline = this.store.deadline(planId).orElse(null);
		List<FilingRow> missing = this.store.rows(planId, deadline, LocalDate.now(this.clock))
			.stream()
			.filter((r) -> !r.filed())
			.filter((r) -> organisationId == null || r.organisationId() == organisationId)
			.toList();
		if (organisationId != null && missing.isEmpty()) {
			throw new ImplementationRefusal.NothingToRemind(this.directory.get(organisationId).name());
		}
		OffsetDateTime at = now();
		for (FilingRow row : missing) {
			this.store.addReminder(planId, row.organisationId(), escalation ? "escalation" : "reminder", written,
					office.username(), at);
			this.events.publishEvent(new FilingReminded(planId, plan.title(), row.organisationId(), escalation,
					deadline, written, office.username()));
		}
		return missing.size();
	}

	private OffsetDateTime now() {
		return OffsetDateTime.now(this.clock);
	}

}
