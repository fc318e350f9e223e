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

	public PlanOverview plan(long planId) {
		return catalogue.plans()
			.stream()
			.filter(p -> p.id() == planId)
			.findFirst()
			.orElseThrow(() -> new RegisterRefusal.PlanNotFound(planId));
	}

	public PlanStructure structure(long planId) {
		plan(planId);
		return tasks.structure(planId);
	}

	public Page<TaskSummary> tasks(long planId, TaskFilter filter, int page, int size) {
		plan(planId);
		List<TaskSummary> found = tasks.ofPlan(planId, names()).stream().filter(filter::matches).toList();
		int from = Math.min(page * size, found.size());
		int to = Math.min(from + size, found.size());
		return new Page<>(found.subList(from, to), page, size, found.size());
	}

	public TaskDetail task(long taskId) {
		return details.of(taskId, names()).orElseThrow(() -> new RegisterRefusal.TaskNotFound(taskId));
	}

	/**
	 * Everything the organisation answers for, in one plan or (planId null) in all plans.
	 */
	public OrganisationTasks tasksOf(long organisationId, Long planId) {
		OrganisationRef organisation = directory.get(organisationId);
		Map<Long, String> through = new LinkedHashMap<>();
		through.put(organisationId, null);
		for (OrganisationRef collective : directory.all()) {
			if (collective.collective()
					&& directory.membersOf(collective.id()).stream().anyMatch(m -> m.id() == organisationId)) {
				through.put(collective.id(), collective.name());
			}
		}
		List<long[]> assigned = tasks.assignedTo(through.keySet(), planId);
		Map<Long, TaskSummary> byId = new HashMap<>();
		tasks.byIds(assigned.stream().map(a -> a[0]).distinct().toList(), names()).forEach(t -> byId.put(t.id(), t));
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

	public ResponsibilityMatrix matrix(long planId) {
		PlanOverview plan = plan(planId);
		List<TaskSummary> all = tasks.ofPlan(planId, names());
		Map<Long, int[]> counts = new LinkedHashMap<>();
		Map<Long, int[]> leads = new HashMap<>();
		Map<Long, String> names = new HashMap<>();
		List<Integer> numbers = plan.chapters().stream().map(ChapterOverview::number).toList();
		for (TaskSummary task : all) {
			int column = numbers.indexOf(task.chapter());
			for (AssignmentView a : task.assignments()) {
				counts.computeIfAbsent(a.organisationId(), k -> new int[numbers.size()])[column]++;
				names.put(a.organisationId(), a.name());
				if ("lead".equals(a.role())) {
					leads.computeIfAbsent(a.organisationId(), k -> new int[1])[0]++;
				}
			}
		}
		List<ResponsibilityMatrix.Row> rows = new ArrayList<>();
		counts.forEach((id, row) -> rows.add(new ResponsibilityMatrix.Row(id, names.get(id),
				java.util.Arrays.stream(row).boxed().toList(), leads.getOrDefault(id, new int[1])[0])));
		rows.sort(java.util.Comparator.comparingInt(ResponsibilityMatrix.Row::total).reversed());
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
		List<PlanOverview> plans = counts.isEmpty() ? List.of() : catalogue.plans();
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

	/**
	 * Organisation names for one request: those of a list of tasks in one query, rather
	 * than one query per organisation.
	 */
	private TaskReads.Names names() {
		Map<Long, String> cache = new HashMap<>();
		return new TaskReads.Names() {

			@Override
			public String of(long organisationId) {
				return cache.computeIfAbsent(organisationId, k -> directory.get(k).name());
			}

			@Override
			public void prefetch(Collection<Long> organisationIds) {
				List<Long> missing = organisationIds.stream().filter(id -> !cache.containsKey(id)).toList();
				if (!missing.isEmpty()) {
					directory.getAll(missing).forEach(o -> cache.put(o.id(), o.name()));
				}
			}

		};
	}

}
