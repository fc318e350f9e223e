package org.luoshi.plan.web;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.luoshi.common.Page;
import org.luoshi.plan.ChapterOverview;
import org.luoshi.plan.PlanOverview;
import org.luoshi.plan.RegisterRefusal;
import org.luoshi.plan.PlanStructure;
import org.luoshi.plan.TaskSummary;

/**
 * A plan as the overview page draws it: chapters holding their sections, each with the
 * tasks found. While a search narrows the list, chapters and sections without a task
 * found are left out; otherwise the page shows the chapters folded and fetches a
 * chapter's tasks when it is opened ({@link #chapter}).
 *
 * @param chapters the chapters shown
 * @param found how many tasks were found
 * @param total how many tasks the plan holds
 * @param narrowed whether a search narrowed the list
 */
public record PlanTree(List<ChapterNode> chapters, int found, int total, boolean narrowed) {

	/** How many tasks a search shows at most; the count says how many it found. */
	static final int MOST_FOUND_SHOWN = 500;

	/** The plan's chapters with their counts, their tasks fetched when opened. */
	static PlanTree chapters(PlanOverview plan, PlanStructure structure) {
		Map<Integer, Integer> counts = new HashMap<>();
		plan.chapters().forEach((chapter) -> counts.put(chapter.number(), chapter.taskCount()));
		List<ChapterNode> chapters = new ArrayList<>();
		int total = 0;
		for (PlanStructure.Chapter chapter : structure.chapters()) {
			int count = counts.getOrDefault(chapter.number(), 0);
			total += count;
			List<SectionNode> sections = chapter.sections()
				.stream()
				.map((section) -> new SectionNode(section.number(), section.label(), section.title(), List.of()))
				.toList();
			chapters
				.add(new ChapterNode(chapter.number(), chapter.label(), chapter.title(), count, List.of(), sections));
		}
		return new PlanTree(chapters, total, total, false);
	}

	/** The tasks a search found, under their chapters and sections. */
	static PlanTree found(PlanOverview plan, PlanStructure structure, Page<TaskSummary> found) {
		int total = plan.chapters().stream().mapToInt(ChapterOverview::taskCount).sum();
		PlanTree tree = of(structure, found.items(), total, true);
		return new PlanTree(tree.chapters(), (int) found.total(), total, true);
	}

	static PlanTree of(PlanStructure structure, List<TaskSummary> found, int total, boolean narrowed) {
		Map<String, List<TaskSummary>> bySection = new LinkedHashMap<>();
		found.forEach(
				(task) -> bySection.computeIfAbsent(task.chapter() + "." + task.section(), (k) -> new ArrayList<>())
					.add(task));
		List<ChapterNode> chapters = new ArrayList<>();
		for (PlanStructure.Chapter chapter : structure.chapters()) {
			List<TaskSummary> direct = bySection.getOrDefault(chapter.number() + ".0", List.of());
			List<SectionNode> sections = new ArrayList<>();
			int count = direct.size();
			for (PlanStructure.Section section : chapter.sections()) {
				List<TaskSummary> tasks = bySection.getOrDefault(chapter.number() + "." + section.number(), List.of());
				count += tasks.size();
				if (!narrowed || !tasks.isEmpty()) {
					sections.add(new SectionNode(section.number(), section.label(), section.title(), tasks));
				}
			}
			if (!narrowed || count > 0) {
				chapters
					.add(new ChapterNode(chapter.number(), chapter.label(), chapter.title(), count, direct, sections));
			}
		}
		return new PlanTree(chapters, found.size(), total, narrowed);
	}

	/** One chapter with all its sections, for the page to show when it is opened. */
	static ChapterNode chapter(PlanStructure structure, List<TaskSummary> tasks, int number) {
		List<TaskSummary> inChapter = tasks.stream().filter((task) -> task.chapter() == number).toList();
		PlanTree tree = of(structure, inChapter, inChapter.size(), false);
		return tree.chapters()
			.stream()
			.filter((chapter) -> chapter.number() == number)
			.findFirst()
			.orElseThrow(() -> new RegisterRefusal.ChapterNotFound(number));
	}

	/** A chapter with the tasks standing directly under it and its sections. */
	public record ChapterNode(int number, String label, String title, int taskCount, List<TaskSummary> tasks,
			List<SectionNode> sections) {
	}

	/** A section with its tasks. */
	public record SectionNode(int number, String label, String title, List<TaskSummary> tasks) {
	}

}
