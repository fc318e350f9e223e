package org.luoshi.implementation;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.luoshi.common.AuditedChange;
import org.luoshi.implementation.internal.ImplementationAccess;
import org.luoshi.implementation.internal.ImplementationStore;
import org.luoshi.implementation.internal.ImplementationStore.Header;
import org.luoshi.implementation.internal.ImplementationStore.NewMeasure;
import org.luoshi.implementation.internal.ImplementationStore.NewMilestone;
import org.luoshi.organisation.OrganisationDirectory;
import org.luoshi.plan.OrganisationTasks;
import org.luoshi.plan.PlanOverview;
import org.luoshi.plan.PlanRegister;
import org.luoshi.security.Actor;
import org.luoshi.security.Role;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * An organisation's implementation plan (实施方案) for a plan: its reporters write measures
 * and milestones for the tasks it carries into the draft; its approver approves and files
 * it with the office; a filed plan changes only through a new version, opened with a
 * reason and starting from what was filed. Every write names the plan's version it was
 * made on (412 when somebody wrote since) and is audited.
 */
@Service
@Transactional
public class ImplementationPlans {

	/** Longest text a measure keeps. */
	public static final int TEXT_LIMIT = 4_000;

	/**
	 * Longest a short field (division, contact, deliverable, recognition, part) keeps.
	 */
	public static final int SHORT_LIMIT = 1_000;

	private final ImplementationStore store;

	private final PlanRegister register;

	private final OrganisationDirectory directory;

	private final ImplementationAccess access;

	private final Clock clock;

	private final ApplicationEventPublisher events;

	ImplementationPlans(ImplementationStore store, PlanRegister register, OrganisationDirectory directory,
			ImplementationAccess access, Clock clock, ApplicationEventPublisher events) {
		this.store = store;
		this.register = register;
		this.directory = directory;
		this.access = access;
		this.clock = clock;
		this.events = events;
	}

	/** The plan in its newest version (the draft being written, or the last filed). */
	@Transactional(readOnly = true)
	public ImplementationPlanView view(long planId, long organisationId) {
		this.access.read(organisationId);
		return assemble(planId, organisationId, null);
	}

	/** The plan as one of its versions stood (a filed version never changes). */
	@Transactional(readOnly = true)
	public ImplementationPlanView version(long planId, long organisationId, int number) {
		this.access.read(organisationId);
		return assemble(planId, organisationId, number);
	}

	/** Adds a measure with its milestones to the draft. */
	public ImplementationPlanView addMeasure(long planId, long organisationId, Integer expectedVersion,
			MeasureInput input) {
		return addMeasures(planId, organisationId, expectedVersion, List.of(input), java.util.Collections.emptyList());
	}

	/**
	 * Adds measures in one write, all or none: those confirmed from a document carry the
	 * line they were read from.
	 */
	public ImplementationPlanView addMeasures(long planId, long organisationId, Integer expectedVersion,
			List<MeasureInput> inputs, List<Integer> sourceLines) {
		Actor actor = this.access.act(organisationId, Role.REPORTER, "write");
		int version = required(expectedVersion);
		PlanOverview plan = this.register.plan(planId);
		Map<Long, OrganisationTasks.Part> carried = carried(planId, organisationId);
		List<NewMeasure> checked = new ArrayList<>();
		for (int i = 0; i < inputs.size(); i++) {
			checked.add(check(plan, carried, organisationId, inputs.get(i),
					(i < sourceLines.size()) ? sourceLines.get(i) : null));
		}
		long versionId = draft(planId, organisationId, version, actor);
		for (NewMeasure measure : checked) {
			this.store.addMeasure(versionId, this.store.nextPosition(versionId), measure);
		}
		audit(actor, "implementation.measures-added", planId, organisationId, checked.size() + " measure(s)");
		return assemble(planId, organisationId, null);
	}

	/** Replaces a measure of the draft with its milestones. */
	public ImplementationPlanView replaceMeasure(long planId, long organisationId, long measureId,
			Integer expectedVersion, MeasureInput input) {
		Actor actor = this.access.act(organisationId, Role.REPORTER, "write");
		int version = required(expectedVersion);
		PlanOverview plan = this.register.plan(planId);
		NewMeasure measure = check(plan, carried(planId, organisationId), organisationId, input, null);
		long versionId = draft(planId, organisationId, version, actor);
		long[] where = inDraft(measureId, versionId);
		this.store.removeMeasure(measureId);
		this.store.addMeasure(versionId, (int) where[1], measure);
		audit(actor, "implementation.measure-changed", planId, organisationId, "measure " + measureId);
		return assemble(planId, organisationId, null);
	}

	/** Takes a measure out of the draft. */
	public ImplementationPlanView removeMeasure(long planId, long organisationId, long measureId,
			Integer expectedVersion) {
		Actor actor = this.access.act(organisationId, Role.REPORTER, "write");
		int version = required(expectedVersion);
		long versionId = draft(planId, organisationId, version, actor);
		inDraft(measureId, versionId);
		this.store.removeMeasure(measureId);
		audit(actor, "implementation.measure-removed", planId, organisationId, "measure " + measureId);
		return assemble(planId, organisationId, null);
	}

	/** The approver approves the draft; it must hold a measure. */
	public ImplementationPlanView approve(long planId, long organisationId, Integer expectedVersion) {
		Actor actor = this.access.act(organisationId, Role.APPROVER, "approve");
		int version = required(expectedVersion);
		VersionInfo newest = step(planId, organisationId, version, "approve", ImplementationState.DRAFT);
		if (this.store.measures(List.of(newest.id())).getOrDefault(newest.id(), List.of()).isEmpty()) {
			throw new ImplementationRefusal.Empty();
		}
		this.store.approved(newest.id(), actor.username(), now());
		audit(actor, "implementation.approved", planId, organisationId, "v" + newest.number());
		return assemble(planId, organisationId, null);
	}

	/** The approver sends an approved version back to its reporters. */
	public ImplementationPlanView reopen(long planId, long organisationId, Integer expectedVersion) {
		Actor actor = this.access.act(organisationId, Role.APPROVER, "reopen");
		int version = required(expectedVersion);
		VersionInfo newest = step(planId, organisationId, version, "reopen", ImplementationState.APPROVED);
		this.store.reopened(newest.id());
		audit(actor, "implementation.reopened", planId, organisationId, "v" + newest.number());
		return assemble(planId, organisationId, null);
	}

	/** The approver files the approved version with the office (报备). */
	public ImplementationPlanView file(long planId, long organisationId, Integer expectedVersion) {
		Actor actor = this.access.act(organisationId, Role.APPROVER, "file");
		int version = required(expectedVersion);
		VersionInfo newest = step(planId, organisationId, version, "file", ImplementationState.APPROVED);
		Header header = this.store.header(planId, organisationId).orElseThrow();
		this.store.filed(header.id(), newest.id(), actor.username(), now());
		audit(actor, "implementation.filed", planId, organisationId, "v" + newest.number());
		return assemble(planId, organisationId, null);
	}

	/**
	 * Opens a new version of a filed plan, starting from what was filed, for the reason
	 * given; the filed version stays as it was, and stays the filed one until the new one
	 * is filed.
	 */
	public ImplementationPlanView newVersion(long planId, long organisationId, Integer expectedVersion, String reason) {
		Actor actor = this.access.act(organisationId, Role.REPORTER, "new-version");
		int version = required(expectedVersion);
		if (reason == null || reason.isBlank()) {
			throw new ImplementationRefusal.ReasonRequired();
		}
		if (reason.strip().length() > SHORT_LIMIT) {
			throw new ImplementationRefusal.FieldInvalid("reason", SHORT_LIMIT);
		}
		VersionInfo newest = step(planId, organisationId, version, "new-version", ImplementationState.FILED);
		Header header = this.store.header(planId, organisationId).orElseThrow();
		long id = this.store.addVersion(header.id(), newest.number() + 1, reason.strip(), actor.username(), now());
		this.store.copyMeasures(newest.id(), id);
		audit(actor, "implementation.version-opened", planId, organisationId,
				"v" + (newest.number() + 1) + ": " + reason.strip());
		return assemble(planId, organisationId, null);
	}

	private VersionInfo step(long planId, long organisationId, int expectedVersion, String step,
			ImplementationState needed) {
		this.register.plan(planId);
		Header header = this.store.header(planId, organisationId)
			.orElseThrow(() -> new ImplementationRefusal.WrongState(step, ImplementationState.DRAFT));
		claim(header, expectedVersion);
		VersionInfo newest = this.store.versions(header.id()).get(0);
		if (newest.state() != needed) {
			throw new ImplementationRefusal.WrongState(step, newest.state());
		}
		return newest;
	}

	/** The draft version to write into, the plan claimed at the version expected. */
	private long draft(long planId, long organisationId, int expectedVersion, Actor actor) {
		Header header = this.store.header(planId, organisationId).orElse(null);
		if (header == null) {
			if (expectedVersion != 0) {
				throw new ImplementationRefusal.Stale(expectedVersion, 0);
			}
			header = this.store.create(planId, organisationId, actor.username(), now());
			claim(header, 0);
			return this.store.addVersion(header.id(), 1, null, actor.username(), now());
		}
		claim(header, expectedVersion);
		VersionInfo newest = this.store.versions(header.id()).get(0);
		if (newest.state() != ImplementationState.DRAFT) {
			throw new ImplementationRefusal.NotADraft(newest.number(), newest.state());
		}
		return newest.id();
	}

	private void claim(Header header, int expectedVersion) {
		if (!this.store.claim(header.id(), expectedVersion)) {
			int current = this.store.header(header.planId(), header.organisationId()).map(Header::version).orElse(0);
			throw new ImplementationRefusal.Stale(expectedVersion, current);
		}
	}

	private long[] inDraft(long measureId, long versionId) {
		long[] where = this.store.measureVersionAndPosition(measureId)
			.orElseThrow(() -> new ImplementationRefusal.MeasureNotFound(measureId));
		if (where[0] != versionId) {
			throw new ImplementationRefusal.MeasureNotFound(measureId);
		}
		return where;
	}

	private NewMeasure check(PlanOverview plan, Map<Long, OrganisationTasks.Part> carried, long organisationId,
			MeasureInput input, Integer sourceLine) {
		if (input.taskId() == null) {
			throw new ImplementationRefusal.FieldInvalid("taskId", 20);
		}
		OrganisationTasks.Part part = carried.get(input.taskId());
		if (part == null) {
			String code = null;
			try {
				code = this.register.task(input.taskId()).summary().code();
			}
			catch (RuntimeException ex) {
				// an unknown task is refused just the same, by its id
			}
			throw new ImplementationRefusal.TaskNotCarried(input.taskId(), code,
					this.directory.get(organisationId).name());
		}
		String text = required("text", input.text(), TEXT_LIMIT);
		List<NewMilestone> milestones = new ArrayList<>();
		for (MilestoneInput m : input.milestones()) {
			String deliverable = required("deliverable", m.deliverable(), SHORT_LIMIT);
			Due due = Due.parse(m.due());
			if (due == null) {
				throw new ImplementationRefusal.DueUnreadable(deliverable, m.due());
			}
			if (plan.startYear() != null && plan.endYear() != null
					&& (due.year() < plan.startYear() || due.year() > plan.endYear())) {
				throw new ImplementationRefusal.MilestoneOutsidePlan(deliverable, due.code(), plan.startYear(),
						plan.endYear());
			}
			milestones.add(new NewMilestone(deliverable, due, optional("recognition", m.recognition())));
		}
		return new NewMeasure(input.taskId(), text, optional("part", input.part()),
				optional("division", input.division()), optional("contact", input.contact()), sourceLine, milestones);
	}

	/**
	 * The version a write names, asked only once the user may write at all.
	 * @throws org.luoshi.common.IfMatch.VersionRequired without one
	 */
	static int required(Integer expectedVersion) {
		if (expectedVersion == null) {
			throw new org.luoshi.common.IfMatch.VersionRequired();
		}
		return expectedVersion;
	}

	private static String required(String field, String value, int limit) {
		if (value == null || value.isBlank() || value.strip().length() > limit) {
			throw new ImplementationRefusal.FieldInvalid(field, limit);
		}
		return value.strip();
	}

	private static String optional(String field, String value) {
		if (value == null || value.isBlank()) {
			return null;
		}
		if (value.strip().length() > SHORT_LIMIT) {
			throw new ImplementationRefusal.FieldInvalid(field, SHORT_LIMIT);
		}
		return value.strip();
	}

	/**
	 * The tasks the organisation carries in the plan, itself or through a collective
	 * name.
	 */
	private Map<Long, OrganisationTasks.Part> carried(long planId, long organisationId) {
		Map<Long, OrganisationTasks.Part> carried = new LinkedHashMap<>();
		this.register.tasksOf(organisationId, planId).tasks().forEach((p) -> carried.put(p.task().id(), p));
		return carried;
	}

	private ImplementationPlanView assemble(long planId, long organisationId, Integer number) {
		PlanOverview plan = this.register.plan(planId);
		OrganisationTasks tasks = this.register.tasksOf(organisationId, planId);
		Header header = this.store.header(planId, organisationId).orElse(null);
		List<VersionInfo> versions = (header != null) ? this.store.versions(header.id()) : List.of();
		VersionInfo shown = (number == null) ? (versions.isEmpty() ? null : versions.get(0))
				: versions.stream()
					.filter((v) -> v.number() == number)
					.findFirst()
					.orElseThrow(() -> new ImplementationRefusal.VersionNotFound(number));
		Map<Long, List<MeasureView>> byTask = new LinkedHashMap<>();
		if (shown != null) {
			this.store.measures(List.of(shown.id()))
				.getOrDefault(shown.id(), List.of())
				.forEach((m) -> byTask.computeIfAbsent(m.taskId(), (k) -> new ArrayList<>()).add(m));
		}
		List<TaskPlan> taskPlans = new ArrayList<>();
		for (OrganisationTasks.Part p : tasks.tasks()) {
			taskPlans.add(new TaskPlan(p.task().id(), p.task().code(), p.task().text(), p.part(),
					p.task().assignments().size() > 1 || p.through() != null,
					byTask.getOrDefault(p.task().id(), List.of())));
		}
		return new ImplementationPlanView(planId, plan.title(), plan.startYear(), plan.endYear(), organisationId,
				tasks.name(), (header != null) ? header.version() : 0, shown, versions, taskPlans);
	}

	private void audit(Actor actor, String action, long planId, long organisationId, String summary) {
		this.events.publishEvent(new AuditedChange(actor.username(), action,
				"implementation-plan:" + planId + "/" + organisationId, summary));
	}

	private OffsetDateTime now() {
		return OffsetDateTime.now(this.clock);
	}

}
