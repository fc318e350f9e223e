package org.luoshi.installation.internal.synthetic;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * Writes a plan's reporting cycle of one year as the organisations are filling it in: one
 * report per organisation that answers for a task, in the order they first appear, with
 * an entry per task (its own account, its contribution to the lead organisation, or as
 * lead) and the figures of the indicators it leads. Seven entries in ten have a status
 * and the account of what was done, worded as the demo's reports are; the reports stay
 * drafts, so no submission is claimed that has no version behind it.
 */
final class ReportWriter {

	private static final String[] STATUSES = { "completed", "in-progress", "lagging", "blocked" };

	private static final int[] STATUS_WEIGHTS = { 30, 50, 13, 7 };

	private final Rows rows;

	private final Ids ids;

	private final SyntheticWords words;

	ReportWriter(Rows rows, Ids ids, SyntheticWords words) {
		this.rows = rows;
		this.ids = ids;
		this.words = words;
	}

	void write(PlanWriter.WrittenPlan plan, List<IndicatorWriter.WrittenIndicator> indicators, int year,
			Random random) {
		long cycleId = this.ids.next(Table.REPORTING_CYCLE);
		ZoneOffset china = ZoneOffset.ofHours(8);
		OffsetDateTime opened = OffsetDateTime.of(year + 1, 1, 10, 9, 0, 0, 0, china);
		this.rows.add(Table.REPORTING_CYCLE, cycleId, plan.id(), year,
				OffsetDateTime.of(year + 1, 3, 31, 23, 59, 59, 0, china), "Asia/Shanghai", "generator", opened, true,
				"yearly", 1);
		Map<Long, List<PlanWriter.WrittenTask>> byOrganisation = new LinkedHashMap<>();
		for (PlanWriter.WrittenTask task : plan.tasks()) {
			for (long organisation : task.organisations()) {
				byOrganisation.computeIfAbsent(organisation, (o) -> new ArrayList<>()).add(task);
			}
		}
		Map<Long, List<IndicatorWriter.WrittenIndicator>> led = new LinkedHashMap<>();
		for (IndicatorWriter.WrittenIndicator indicator : indicators) {
			led.computeIfAbsent(indicator.lead(), (o) -> new ArrayList<>()).add(indicator);
		}
		int figureYear = year - 2010;
		byOrganisation.forEach((organisation, tasks) -> {
			long reportId = this.ids.next(Table.PROGRESS_REPORT);
			OffsetDateTime updated = opened.plusDays(1 + random.nextInt(60));
			this.rows.add(Table.PROGRESS_REPORT, reportId, cycleId, organisation, "draft", "generator", updated,
					opened);
			int position = 0;
			for (PlanWriter.WrittenTask task : tasks) {
				entry(reportId, organisation, task, position++, updated, random);
			}
			int figurePosition = 0;
			for (IndicatorWriter.WrittenIndicator indicator : led.getOrDefault(organisation, List.of())) {
				long[] figures = indicator.figureOfYear();
				Long value = (figureYear < figures.length && figures[figureYear] != 0) ? figures[figureYear] : null;
				this.rows.add(Table.REPORT_FIGURE, reportId, indicator.id(), figurePosition++, value);
			}
		});
	}

	private void entry(long reportId, long organisation, PlanWriter.WrittenTask task, int position,
			OffsetDateTime updated, Random random) {
		String kind;
		Long lead = null;
		if (task.lead() < 0 || (task.lead() == organisation && task.organisations().length == 1)) {
			kind = "own";
		}
		else if (task.lead() == organisation) {
			kind = "lead";
		}
		else {
			kind = "contribution";
			lead = task.lead();
		}
		String status = null;
		String done = null;
		String problems = null;
		String next = null;
		if (random.nextInt(10) < 7) {
			status = status(random);
			done = text(status + ".done", task.code(), random);
			if (!status.equals("completed")) {
				problems = text(status + ".problems", task.code(), random);
				next = text(status + ".next", task.code(), random);
			}
		}
		this.rows.add(Table.REPORT_ENTRY, this.ids.next(Table.REPORT_ENTRY), reportId, task.id(), kind, lead, position,
				status, done, problems, next, (status == null) ? null : "generator", (status == null) ? null : updated);
	}

	private static String status(Random random) {
		int draw = random.nextInt(100);
		for (int i = 0; i < STATUSES.length; i++) {
			draw -= STATUS_WEIGHTS[i];
			if (draw < 0) {
				return STATUSES[i];
			}
		}
		return STATUSES[0];
	}

	private String text(String key, String code, Random random) {
		List<String> texts = this.words.reportTexts().getOrDefault(key, List.of());
		return texts.isEmpty() ? null : texts.get(random.nextInt(texts.size())).replace("{0}", code);
	}

}
