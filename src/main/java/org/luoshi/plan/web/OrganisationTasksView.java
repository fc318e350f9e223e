package org.luoshi.plan.web;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.luoshi.plan.OrganisationTasks;

/**
 * What one organisation answers for, as its page shows it: the totals, then one group per
 * chapter with its counts and tasks.
 *
 * @param organisationId the organisation
 * @param name its name
 * @param total every task it answers for
 * @param leads tasks it leads
 * @param shares tasks it shares with others
 * @param byDuty tasks it answers for by duty
 * @param through tasks it answers for through a collective name
 * @param groups the chapters, in plan order
 */
public record OrganisationTasksView(long organisationId, String name, int total, long leads, long shares, long byDuty,
		long through, List<Group> groups) {

	static OrganisationTasksView of(OrganisationTasks tasks) {
		Map<String, List<OrganisationTasks.Part>> parts = new LinkedHashMap<>();
		tasks.tasks()
			.forEach((part) -> parts
				.computeIfAbsent(key(part.task().planId(), part.task().chapter()), (k) -> new ArrayList<>())
				.add(part));
		List<Group> groups = tasks.chapters()
			.stream()
			.map((count) -> new Group(count, parts.getOrDefault(key(count.planId(), count.chapter()), List.of())))
			.toList();
		long through = tasks.tasks().stream().filter((part) -> part.through() != null).count();
		return new OrganisationTasksView(tasks.organisationId(), tasks.name(), tasks.tasks().size(),
				tasks.count(OrganisationTasks.LEADS), tasks.count(OrganisationTasks.SHARES),
				tasks.count(OrganisationTasks.BY_DUTY), through, groups);
	}

	private static String key(long planId, int chapter) {
		return planId + ":" + chapter;
	}

	/** One chapter: how many tasks the organisation leads, shares and answers by duty. */
	public record Group(OrganisationTasks.ChapterCount count, List<OrganisationTasks.Part> parts) {

		public int total() {
			return this.count.leads() + this.count.shares() + this.count.byDuty();
		}

	}

}
