package org.luoshi.plan;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.stream.Collectors;

import org.luoshi.common.Refusal;
import org.luoshi.organisation.OrganisationDirectory;
import org.luoshi.organisation.OrganisationRef;
import org.luoshi.plan.internal.RegisterAccess;
import org.luoshi.plan.internal.AssignmentStore;
import org.luoshi.plan.internal.CorrectionStore;
import org.luoshi.plan.internal.TaskEdits;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The planning office's corrections to the register after import — a task's words, an
 * organisation added or removed, another lead — each recorded with who, when, why and the
 * value it replaced. A correction made on a version someone else has changed meanwhile is
 * refused, never applied over theirs.
 */
@Service
@Transactional
public class TaskCorrections {

	private final PlanRegister register;

	private final TaskEdits edits;

	private final AssignmentStore assignments;

	private final CorrectionStore corrections;

	private final OrganisationDirectory directory;

	private final Clock clock;

	private final ApplicationEventPublisher events;

	private final RegisterAccess access;

	TaskCorrections(PlanRegister register, TaskEdits edits, AssignmentStore assignments, CorrectionStore corrections,
			OrganisationDirectory directory, Clock clock, ApplicationEventPublisher events, RegisterAccess access) {
		this.access = access;
		this.register = register;
		this.edits = edits;
		this.assignments = assignments;
		this.corrections = corrections;
		this.directory = directory;
		this.clock = clock;
		this.events = events;
	}

	public TaskDetail correctText(long taskId, int version, String text, String reason, String actor) {
		this.access.correctTasks();
		TaskDetail task = current(taskId, version);
		if (text == null || text.isBlank()) {
			throw new CorrectionRefused("text-blank");
		}
		edits.text(taskId, version, text.strip());
		record(task, "text", task.summary().text(), text.strip(), reason, actor);
		return register.task(taskId);
	}

	/**
	 * Names another organisation for the task, with a role (responsible, participant,
	 * supporting, …).
	 */
	public TaskDetail addOrganisation(long taskId, int version, long organisationId, String role, String reason,
			String actor) {
		this.access.correctTasks();
		TaskDetail task = current(taskId, version);
		OrganisationRef organisation = directory.get(organisationId);
		if (task.summary().assignments().stream().anyMatch(a -> a.organisationId() == organisationId)) {
			throw new CorrectionRefused("already-responsible", organisation.name());
		}
		String before = names(task);
		edits.touch(taskId, version);
		assignments.add(taskId, organisationId, organisation.name(), role(role), task.summary().assignments().size());
		record(task, "responsible", before, names(register.task(taskId)), reason, actor);
		return register.task(taskId);
	}

	public TaskDetail removeOrganisation(long taskId, int version, long organisationId, String reason, String actor) {
		this.access.correctTasks();
		TaskDetail task = current(taskId, version);
		if (task.summary().assignments().stream().noneMatch(a -> a.organisationId() == organisationId)) {
			throw new CorrectionRefused("not-responsible", String.valueOf(organisationId));
		}
		if (task.summary().assignments().size() == 1) {
			throw new CorrectionRefused("last-organisation");
		}
		String before = names(task);
		edits.touch(taskId, version);
		assignments.endOne(taskId, organisationId, "corrected by " + actor, now());
		record(task, "responsible", before, names(register.task(taskId)), reason, actor);
		return register.task(taskId);
	}

	/**
	 * Makes one of the task's organisations its lead; the former lead keeps answering for
	 * it.
	 */
	public TaskDetail changeLead(long taskId, int version, long organisationId, String reason, String actor) {
		this.access.correctTasks();
		TaskDetail task = current(taskId, version);
		if (task.summary().assignments().stream().noneMatch(a -> a.organisationId() == organisationId)) {
			throw new CorrectionRefused("lead-not-responsible");
		}
		String before = task.summary().lead();
		edits.touch(taskId, version);
		assignments.changeLead(taskId, organisationId);
		edits.mode(taskId, "lead".equals(task.summary().mode()) ? "lead"
				: task.summary().mode().equals("by-duty") ? "responsible" : task.summary().mode());
		record(task, "lead", before, directory.get(organisationId).name(), reason, actor);
		return register.task(taskId);
	}

	private void record(TaskDetail task, String field, String previous, String now, String reason, String actor) {
		long taskId = task.summary().id();
		corrections.record(taskId, field, previous, now, reason, actor, now());
		events.publishEvent(new TaskCorrected(taskId, task.summary().code(), field, previous, now, actor));
	}

	private TaskDetail current(long taskId, int version) {
		TaskDetail task = register.task(taskId);
		if (task.removed()) {
			throw new CorrectionRefused("task-removed");
		}
		if (task.version() != version) {
			throw new OptimisticLockingFailureException(
					"Task " + task.summary().code() + " is at version " + task.version() + ", not " + version);
		}
		return task;
	}

	private static String role(String role) {
		List<String> known = List.of("responsible", "participant", "supporting", "guiding", "by-duty");
		if (role == null || !known.contains(role)) {
			throw new CorrectionRefused("unknown-role", String.join("、", known), String.valueOf(role));
		}
		return role;
	}

	private static String names(TaskDetail task) {
		return task.summary().assignments().stream().map(AssignmentView::name).collect(Collectors.joining("、"));
	}

	private OffsetDateTime now() {
		return OffsetDateTime.now(clock);
	}

	/** A correction that would leave the register wrong; its code says why. */
	public static class CorrectionRefused extends Refusal {

		public CorrectionRefused(String code, Object... arguments) {
			super(Kind.INVALID, "plan", code, null, arguments);
		}

	}

}
