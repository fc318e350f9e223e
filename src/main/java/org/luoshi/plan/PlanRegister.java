package org.luoshi.plan;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.luoshi.common.Page;
import org.luoshi.organisation.OrganisationDirectory;
import org.luoshi.organisation.OrganisationRef;
import org.luoshi.plan.internal.CorrectionStore;
import org.luoshi.plan.internal.NoticeStore;
import org.luoshi.plan.internal.TaskDetails;
import org.luoshi.plan.internal.TaskReads;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Who does what: a plan's tasks found by words, organisation, chapter and role; one task
 * with its source and history; everything one organisation answers for (also through
 * collective names such as 各市（州）政府); and the organisation × chapter matrix.
 */
@Service
@Transactional(readOnly = true)
public class PlanRegister {

	private final PlanCatalogue catalogue;

	private final TaskReads tasks;

	private final TaskDetails details;

	private final OrganisationDirectory directory;

	PlanRegister(PlanCatalogue catalogue, TaskReads tasks, TaskDetails details, OrganisationDirectory directory) {
		this.catalogue = catalogue;
		this.tasks = tasks;
		this.details = details;
		this.directory = directory;
	}

	public List<PlanOverview> plans() {
		return catalogue.plans();
	}

	/** One plan, read by its id. */
	public PlanOverview plan(long planId) {
		return catalogue.plan(planId).orElseThrow(() -> new RegisterRefusal.PlanNotFound(planId));
	}

	public PlanStructure structure(long planId) {
		plan(planId);
		return tasks.structure(planId);
	}

	/**
	 * One page of the tasks the filter looks for, in plan order: filtered, counted and
	 * paged in the database.
	 */
	public Page<TaskSummary> tasks(long planId, TaskFilter filter, int page, int size) {
		plan(planId);
		TaskReads.Found found = tasks.find(planId, filter, (long) page * size, size);
		return new Page<>(found.tasks(), page, size, found.total());
	}

	/** Every task of the plan, for the files that carry the whole division table. */
	public List<TaskSummary> allTasks(long planId) {
		plan(planId);
		return tasks.ofPlan(planId);
	}

	/** The organisations that answer for the plan's tasks, each once. */
	public List<AssignmentView> organisationsOf(long planId) {
		plan(planId);
		return tasks.organisationsOf(planId);
	}

	/** These tasks, those a revision removed included, read at once. */
	public List<TaskSummary> tasks(Collection<Long> taskIds) {
		return tasks.byIds(taskIds);
	}

	public TaskDetail task(long taskId) {
		return details.of(taskId).orElseThrow(() -> new RegisterRefusal.TaskNotFound(taskId));
	}

	/**
	 * Everything the organisation answers for, in one plan or (planId null) in all plans.
	 */
	public OrganisationTasks tasksOf(long organisationId, Long planId) {
		OrganisationRef organisation = directory.get(organisationId);
		Map<Long, String> through = new LinkedHashMap<>();
		through.put(organisationId, null);
		directory.collectivesOf(organisationId).forEach(c -> through.put(c.id(), c.name()));
		List<long[]> assigned = tasks.assignedTo(through.keySet(), planId);
		Map<Long, TaskSummary> byId = new HashMap<>();
		tasks.byIds(assigned.stream().map(a -> a[0]).distinct().toList()).forEach(t -> byId.put(t.id(), t));
		List<OrganisationTasks.Part> parts = new ArrayList<>();
		java.util.Set<Long> seen = new java.util.HashSet<>();
		for (long[] a : assigned) {
			if (!seen.add(a[0])) {
				continue;
			}
			TaskSummary task = byId.get(a[0]);
			String role = task.assignments()
				.stream()
				.filter(v -> v.organisationId() == a[1])
				.findFirst()
				.map(AssignmentView::role)
				.orElse("responsible");
			parts.add(new OrganisationTasks.Part(task, part(role), role, through.get(a[1])));
		}
		return new OrganisationTasks(organisationId, organisation.name(), parts, chapterCounts(parts));
	}

	/**
	 * Who answers for how many tasks in each chapter, counted in the database: the
	 * organisations with the most first, in written order among equals.
	 */
	public ResponsibilityMatrix matrix(long planId) {
		PlanOverview plan = plan(planId);
		List<Integer> numbers = plan.chapters().stream().map(ChapterOverview::number).toList();
		Map<Long, int[]> counts = new HashMap<>();
		Map<Long, int[]> leads = new HashMap<>();
		Map<Long, Integer> first = new HashMap<>();
		Map<Long, String> names = new HashMap<>();
		for (TaskReads.MatrixCell cell : tasks.matrixCells(planId)) {
			int column = numbers.indexOf(cell.chapter());
			if (column < 0) {
				continue;
			}
			counts.computeIfAbsent(cell.organisationId(), k -> new int[numbers.size()])[column] += cell.assignments();
			leads.computeIfAbsent(cell.organisationId(), k -> new int[1])[0] += cell.leads();
			first.merge(cell.organisationId(), cell.firstPosition(), Math::min);
			names.put(cell.organisationId(), cell.name());
		}
		List<ResponsibilityMatrix.Row> rows = new ArrayList<>();
		counts.forEach((id, row) -> rows.add(new ResponsibilityMatrix.Row(id, names.get(id),
				java.util.Arrays.stream(row).boxed().toList(), leads.get(id)[0])));
		rows.sort(java.util.Comparator.comparingInt(ResponsibilityMatrix.Row::total)
			.reversed()
			.thenComparing(r -> first.get(r.organisationId())));
		return new ResponsibilityMatrix(plan.chapters(), rows);
	}

	static String part(String role) {
		return switch (role) {
			case "lead" -> OrganisationTasks.LEADS;
			case "by-duty" -> OrganisationTasks.BY_DUTY;
			default -> OrganisationTasks.SHARES;
		};
	}

	private List<OrganisationTasks.ChapterCount> chapterCounts(List<OrganisationTasks.Part> parts) {
		Map<String, int[]> counts = new LinkedHashMap<>();
		Map<String, OrganisationTasks.Part> first = new HashMap<>();
		for (OrganisationTasks.Part part : parts) {
			String key = part.task().planId() + ":" + part.task().chapter();
			int[] c = counts.computeIfAbsent(key, k -> new int[3]);
			first.putIfAbsent(key, part);
			switch (part.part()) {
				case OrganisationTasks.LEADS -> c[0]++;
				case OrganisationTasks.SHARES -> c[1]++;
				default -> c[2]++;
			}
		}
		List<OrganisationTasks.ChapterCount> out = new ArrayList<>();
		List<PlanOverview> plans = first.values()
			.stream()
			.map(p -> p.task().planId())
			.distinct()
			.map(this::plan)
			.toList();
		counts.forEach((key, c) -> {
			TaskSummary task = first.get(key).task();
			String title = plans.stream()
				.filter(p -> p.id() == task.planId())
				.flatMap(p -> p.chapters().stream())
				.filter(ch -> ch.number() == task.chapter())
				.map(ChapterOverview::title)
				.findFirst()
				.orElse("");
			out.add(new OrganisationTasks.ChapterCount(task.planId(), task.chapter(), title, c[0], c[1], c[2]));
		});
		return out;
	}

}
