package org.luoshi.reporting.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.luoshi.implementation.MilestoneDue;
import org.luoshi.implementation.PlannedMeasures;
import org.luoshi.reporting.EntryView;
import org.luoshi.reporting.MilestoneAnswer;

import org.springframework.stereotype.Component;

/**
 * The milestones a report answers: those the organisation filed in its implementation
 * plan that fall due in the report's period, and any it answered before its plan changed
 * (an answer is never dropped). A milestone is overdue when its due date has passed — by
 * the day the report was last submitted, or today for a draft — and the report does not
 * say it was met; one overdue milestone makes the task lagging by rule.
 */
@Component
public class MilestoneAnswers {

	private final PlannedMeasures planned;

	private final MilestoneAnswerStore store;

	private final Clock clock;

	MilestoneAnswers(PlannedMeasures planned, MilestoneAnswerStore store, Clock clock) {
		this.planned = planned;
		this.store = store;
		this.clock = clock;
	}

	/** The report's milestones by task, in the order they fall due; three statements. */
	public Map<Long, List<MilestoneAnswer>> of(CycleStore.Cycle cycle, ReportStore.Report report) {
		LocalDate day = (report.state().submitted() && report.lastSubmittedAt() != null)
				? report.lastSubmittedAt().atZoneSameInstant(cycle.zone()).toLocalDate()
				: LocalDate.now(this.clock.withZone(cycle.zone()));
		List<MilestoneDue> due = new ArrayList<>(this.planned.dueBetween(cycle.planId(), report.organisationId(),
				cycle.period().firstDay(), cycle.period().lastDay()));
		Map<Long, Map<Long, MilestoneAnswerStore.Answer>> answers = this.store.ofReport(report.id());
		Set<Long> listed = new HashSet<>();
		due.forEach((m) -> listed.add(m.id()));
		List<Long> answeredElsewhere = answers.values()
			.stream()
			.flatMap((m) -> m.keySet().stream())
			.filter((id) -> !listed.contains(id))
			.toList();
		if (!answeredElsewhere.isEmpty()) {
			due.addAll(this.planned.milestones(answeredElsewhere));
		}
		Map<Long, List<MilestoneAnswer>> byTask = new HashMap<>();
		due.stream().sorted(Comparator.comparing((MilestoneDue m) -> m.due().by())).forEach((m) -> {
			MilestoneAnswerStore.Answer a = answers.getOrDefault(m.taskId(), Map.of()).get(m.id());
			boolean met = a != null && a.outcome().met();
			byTask.computeIfAbsent(m.taskId(), (k) -> new ArrayList<>())
				.add(new MilestoneAnswer(m.id(), m.measure(), m.deliverable(), m.due(), m.recognition(),
						(a != null) ? a.outcome() : null, (a != null) ? a.completedOn() : null,
						(a != null) ? a.evidence() : null, !met && day.isAfter(m.due().by())));
		});
		return byTask;
	}

	/**
	 * Records, entry by entry, how many milestones are overdue as the view shows them.
	 */
	public void settle(long reportId, List<EntryView> entries) {
		for (EntryView e : entries) {
			this.store.overdue(reportId, e.taskId(),
					(int) e.milestones().stream().filter(MilestoneAnswer::overdue).count());
		}
	}

}
