package org.luoshi.implementation;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;

import org.luoshi.implementation.internal.FilingStore;
import org.luoshi.plan.PlanRegister;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What the organisations filed, read across them: every organisation's measures and
 * milestones for a task, the tasks nobody planned for, and the milestones an organisation
 * filed that fall due in a reporting period (which its report answers). Filed plans are
 * read by every signed-in user: the organisations sharing a task work from each other's.
 */
@Service
@Transactional(readOnly = true)
public class PlannedMeasures {

	private final FilingStore store;

	private final PlanRegister register;

	PlannedMeasures(FilingStore store, PlanRegister register) {
		this.store = store;
		this.register = register;
	}

	/** Every organisation's filed measures for the task, by organisation name. */
	public List<OrganisationMeasures> ofTask(long taskId) {
		this.register.task(taskId);
		return this.store.filedFor(taskId);
	}

	/** The plan's tasks no organisation has filed a measure for, in the plan's order. */
	public List<UnplannedTask> unplanned(long planId) {
		this.register.plan(planId);
		return this.store.unplanned(planId);
	}

	/**
	 * The milestones the organisation filed for the plan that fall due between the two
	 * days.
	 */
	public List<MilestoneDue> dueBetween(long planId, long organisationId, LocalDate from, LocalDate to) {
		return this.store.due(planId, organisationId, from, to);
	}

	/**
	 * Milestones by id, as they were filed (a report's answers keep pointing at them).
	 */
	public List<MilestoneDue> milestones(Collection<Long> ids) {
		return this.store.milestones(ids);
	}

}
