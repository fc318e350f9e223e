package org.luoshi.evaluation.internal;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.luoshi.evaluation.AnnualReportModel;
import org.luoshi.evaluation.AnnualReportModel.ChapterProgress;
import org.luoshi.evaluation.AnnualReportModel.IndicatorRow;
import org.luoshi.evaluation.AnnualReportModel.TaskCounts;
import org.luoshi.evaluation.ReportComparison.Change;

/**
 * What changed between two drafts of a year: every indicator's figure, its status,
 * progress and verdict; the tasks by status overall and per chapter; the reporting
 * discipline. Values are compared as the report prints them.
 */
public final class Comparer {

	private Comparer() {
	}

	public static List<Change> changes(AnnualReportModel from, AnnualReportModel to) {
		List<Change> changes = new ArrayList<>();
		Map<Long, IndicatorRow> before = new HashMap<>();
		from.indicators().forEach((r) -> before.put(r.indicatorId(), r));
		for (IndicatorRow after : to.indicators()) {
			IndicatorRow was = before.get(after.indicatorId());
			if (was == null) {
				continue;
			}
			add(changes, "indicator", after.name(), "figure", plain(was.figure()), plain(after.figure()));
			add(changes, "indicator", after.name(), "figure-status", was.figureStatus(), after.figureStatus());
			add(changes, "indicator", after.name(), "progress", Numbers.percent(was.progress()),
					Numbers.percent(after.progress()));
			add(changes, "indicator", after.name(), "verdict", was.verdict().code(), after.verdict().code());
		}
		counts(changes, "tasks", "", from.headline().tasks(), to.headline().tasks());
		Map<Integer, ChapterProgress> chapters = new HashMap<>();
		from.chapters().forEach((c) -> chapters.put(c.number(), c));
		for (ChapterProgress chapter : to.chapters()) {
			ChapterProgress was = chapters.get(chapter.number());
			if (was != null) {
				counts(changes, "chapter", chapter.title(), was.counts(), chapter.counts());
			}
		}
		add(changes, "discipline", "", "on-time", from.discipline().onTime(), to.discipline().onTime());
		add(changes, "discipline", "", "late", from.discipline().late(), to.discipline().late());
		add(changes, "discipline", "", "missing", from.discipline().missing(), to.discipline().missing());
		return changes;
	}

	private static void counts(List<Change> changes, String area, String item, TaskCounts was, TaskCounts now) {
		add(changes, area, item, "completed", was.completed(), now.completed());
		add(changes, area, item, "in-progress", was.inProgress(), now.inProgress());
		add(changes, area, item, "not-started", was.notStarted(), now.notStarted());
		add(changes, area, item, "lagging", was.lagging(), now.lagging());
		add(changes, area, item, "blocked", was.blocked(), now.blocked());
		add(changes, area, item, "not-reported", was.notReported(), now.notReported());
	}

	private static void add(List<Change> changes, String area, String item, String field, int before, int after) {
		add(changes, area, item, field, String.valueOf(before), String.valueOf(after));
	}

	private static void add(List<Change> changes, String area, String item, String field, String before, String after) {
		if (!Objects.equals(before, after)) {
			changes.add(new Change(area, item, field, before, after));
		}
	}

	private static String plain(BigDecimal value) {
		return Numbers.plain(value);
	}

}
