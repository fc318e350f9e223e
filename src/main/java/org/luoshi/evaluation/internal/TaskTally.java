package org.luoshi.evaluation.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.luoshi.evaluation.AnnualReportModel.ChapterProgress;
import org.luoshi.evaluation.AnnualReportModel.TaskCounts;
import org.luoshi.evaluation.AnnualReportModel.TaskIssue;
import org.luoshi.plan.ChapterOverview;
import org.luoshi.plan.TaskSummary;
import org.luoshi.reporting.EntryStatus;
import org.luoshi.reporting.TaskOutcome;

/**
 * Counts the plan's tasks by the status their reports gave. A task answered by several
 * organisations each for its own share (by duty) takes the least advanced status any of
 * them gave (blocked, then lagging, not started, in progress, completed); a task no
 * submitted report gave a status is not reported.
 */
final class TaskTally {

	// the least advanced first
	private static final List<EntryStatus> WORST_FIRST = List.of(EntryStatus.BLOCKED, EntryStatus.LAGGING,
			EntryStatus.NOT_STARTED, EntryStatus.IN_PROGRESS, EntryStatus.COMPLETED);

	private final Map<Long, List<TaskOutcome>> outcomes = new HashMap<>();

	TaskTally(List<TaskOutcome> outcomes) {
		outcomes.forEach((o) -> this.outcomes.computeIfAbsent(o.taskId(), (k) -> new ArrayList<>()).add(o));
	}

	/** The outcome that decides the task's status: the least advanced. */
	Optional<TaskOutcome> deciding(long taskId) {
		return this.outcomes.getOrDefault(taskId, List.of())
			.stream()
			.min(Comparator.comparingInt((TaskOutcome o) -> WORST_FIRST.indexOf(o.status())));
	}

	TaskCounts count(List<TaskSummary> tasks) {
		int[] counts = new int[6];
		for (TaskSummary task : tasks) {
			counts[deciding(task.id()).map((o) -> slot(o.status())).orElse(5)]++;
		}
		return new TaskCounts(tasks.size(), counts[0], counts[1], counts[2], counts[3], counts[4], counts[5]);
	}

	List<ChapterProgress> chapters(List<ChapterOverview> chapters, List<TaskSummary> tasks) {
		return chapters(chapters, tasks, java.util.Set.of(EntryStatus.LAGGING, EntryStatus.BLOCKED));
	}

	/** Each chapter's tasks by status, those whose status is one given named. */
	List<ChapterProgress> chapters(List<ChapterOverview> chapters, List<TaskSummary> tasks,
			java.util.Set<EntryStatus> named) {
		Map<Integer, List<TaskSummary>> byChapter = new LinkedHashMap<>();
		chapters.forEach((c) -> byChapter.put(c.number(), new ArrayList<>()));
		tasks.forEach((t) -> byChapter.computeIfAbsent(t.chapter(), (k) -> new ArrayList<>()).add(t));
		List<ChapterProgress> progress = new ArrayList<>();
		for (ChapterOverview chapter : chapters) {
			List<TaskSummary> own = byChapter.get(chapter.number());
			List<TaskIssue> issues = new ArrayList<>();
			for (TaskSummary task : own) {
				deciding(task.id()).filter((o) -> named.contains(o.status()))
					.ifPresent((o) -> issues.add(new TaskIssue(task.id(), task.code(), task.text(), task.lead(),
							o.organisationName(), o.status().code(), o.problems())));
			}
			progress.add(new ChapterProgress(chapter.number(), chapter.title(), count(own), issues));
		}
		return progress;
	}

	private static int slot(EntryStatus status) {
		return switch (status) {
			case COMPLETED -> 0;
			case IN_PROGRESS -> 1;
			case NOT_STARTED -> 2;
			case LAGGING -> 3;
			case BLOCKED -> 4;
		};
	}

}
