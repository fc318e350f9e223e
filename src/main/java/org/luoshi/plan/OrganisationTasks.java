package org.luoshi.plan;

import java.util.List;

/**
 * Everything one organisation answers for: the tasks it leads, shares and answers for by
 * duty (directly, or as a member of a collective name such as 各市（州）政府), with counts per
 * chapter.
 *
 * @param organisationId the organisation
 * @param name its name
 * @param tasks each task with the organisation's part in it
 * @param chapters counts per plan and chapter
 */
public record OrganisationTasks(long organisationId, String name, List<Part> tasks, List<ChapterCount> chapters) {

	public OrganisationTasks {
		tasks = List.copyOf(tasks);
		chapters = List.copyOf(chapters);
	}

	public static final String LEADS = "leads";

	public static final String SHARES = "shares";

	public static final String BY_DUTY = "by-duty";

	public long count(String part) {
		return tasks.stream().filter(t -> t.part().equals(part)).count();
	}

	/**
	 * Tasks it leads as the only organisation named 牵头 (mode lead), not merely listed
	 * first.
	 */
	public long leadsAlone() {
		return tasks.stream().filter(t -> t.part().equals(LEADS) && t.task().mode().equals("lead")).count();
	}

	/**
	 * One task and the organisation's part in it.
	 *
	 * @param task the task
	 * @param part leads, shares or by-duty
	 * @param role its role word (lead, responsible, participant, …)
	 * @param through the collective name it answers through, or null when named itself
	 */
	public record Part(TaskSummary task, String part, String role, String through) {
	}

	/**
	 * How many tasks of one chapter the organisation leads, shares and answers for by
	 * duty.
	 */
	public record ChapterCount(long planId, int chapter, String title, int leads, int shares, int byDuty) {
	}

}
