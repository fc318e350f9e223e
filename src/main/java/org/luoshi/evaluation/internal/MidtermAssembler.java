package org.luoshi.evaluation.internal;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

import org.luoshi.evaluation.AnnualReportModel.TaskCounts;
import org.luoshi.evaluation.MidtermReportModel;
import org.luoshi.evaluation.MidtermReportModel.OutlookRow;
import org.luoshi.evaluation.MidtermReportModel.Outlooks;
import org.luoshi.evaluation.MidtermReportModel.RevisionRow;
import org.luoshi.indicator.IndicatorOutlook;
import org.luoshi.indicator.IndicatorOutlooks;
import org.luoshi.indicator.MidtermYear;
import org.luoshi.indicator.OutlookVerdict;
import org.luoshi.indicator.PlanOutlook;
import org.luoshi.indicator.TargetRevision;
import org.luoshi.indicator.TargetRevisions;
import org.luoshi.indicator.TargetVersion;
import org.luoshi.plan.PlanOverview;
import org.luoshi.plan.PlanRegister;
import org.luoshi.plan.TaskFilter;
import org.luoshi.plan.TaskSummary;
import org.luoshi.reporting.CycleView;
import org.luoshi.reporting.EntryStatus;
import org.luoshi.reporting.TaskOutcomes;

import org.springframework.stereotype.Component;

/**
 * Assembles the mid-term evaluation from the modules that hold its numbers: the indicator
 * module's outlook at the plan's mid-term year and its revised targets, and the tasks of
 * each chapter with the status the reports of the mid-term year (else of the latest year
 * before it that was collected) gave.
 */
@Component
public class MidtermAssembler {

	private static final Set<EntryStatus> NAMED = Set.of(EntryStatus.NOT_STARTED, EntryStatus.LAGGING,
			EntryStatus.BLOCKED);

	private final PlanRegister plans;

	private final IndicatorOutlooks outlooks;

	private final TargetRevisions revisions;

	private final TaskOutcomes outcomes;

	private final Clock clock;

	MidtermAssembler(PlanRegister plans, IndicatorOutlooks outlooks, TargetRevisions revisions, TaskOutcomes outcomes,
			Clock clock) {
		this.plans = plans;
		this.outlooks = outlooks;
		this.revisions = revisions;
		this.outcomes = outcomes;
		this.clock = clock;
	}

	public MidtermReportModel assemble(PlanOverview plan) {
		MidtermYear midterm = this.outlooks.midtermYear(plan.id());
		int year = midterm.year();
		PlanOutlook outlook = this.outlooks.of(plan.id(), year);
		List<OutlookRow> rows = outlook.indicators().stream().map(MidtermAssembler::row).toList();
		Optional<CycleView> cycle = cycle(plan, year);
		List<TaskSummary> tasks = this.plans.tasks(plan.id(), TaskFilter.none(), 0, Integer.MAX_VALUE).items();
		TaskTally tally = new TaskTally(cycle.map((c) -> this.outcomes.of(c.id())).orElse(List.of()));
		TaskCounts counts = tally.count(tasks);
		List<RevisionRow> revised = new ArrayList<>();
		for (IndicatorOutlook indicator : outlook.indicators()) {
			revised.addAll(revisions(indicator));
		}
		int start = (plan.startYear() != null) ? plan.startYear() : year;
		int end = (plan.endYear() != null) ? plan.endYear() : year;
		double elapsed = Math.max(0, Math.min(1, (year - start + 1) / (double) (end - start + 1)));
		boolean illustrative = outlook.illustrative() || cycle.map(CycleView::illustrative).orElse(false);
		return new MidtermReportModel(plan.id(), plan.title(), plan.issuer(), start, end, year, midterm.set(), elapsed,
				outlook.rule().difficultyFactor(), cycle.map(CycleView::year).orElse(null), illustrative,
				OffsetDateTime.now(this.clock), outlooks(rows), rows, counts,
				tally.chapters(plan.chapters(), tasks, NAMED), revised);
	}

	/** The cycle that closes the mid-term year, else the latest year before it. */
	private Optional<CycleView> cycle(PlanOverview plan, int year) {
		int first = (plan.startYear() != null) ? plan.startYear() : year;
		for (int y = year; y >= first; y--) {
			Optional<CycleView> cycle = this.outcomes.cycle(plan.id(), y);
			if (cycle.isPresent()) {
				return cycle;
			}
		}
		return Optional.empty();
	}

	private static OutlookRow row(IndicatorOutlook o) {
		return new OutlookRow(o.indicatorId(), o.name(), o.binding(), o.kind(), o.unit(), o.target(), o.targetYear(),
				o.latestYear(), o.standing().level(), o.standing().change(), o.standing().progress(),
				(o.projection() != null) ? o.projection().level() : null,
				(o.projection() != null) ? o.projection().change() : null, o.achievedRate(), o.requiredRate(),
				o.verdict());
	}

	private static Outlooks outlooks(List<OutlookRow> rows) {
		return new Outlooks(rows.size(), count(rows, OutlookVerdict.ACHIEVABLE), count(rows, OutlookVerdict.DIFFICULT),
				count(rows, OutlookVerdict.UNLIKELY), count(rows, OutlookVerdict.UNKNOWN));
	}

	private static int count(List<OutlookRow> rows, OutlookVerdict verdict) {
		return (int) rows.stream().filter((r) -> r.verdict() == verdict).count();
	}

	private List<RevisionRow> revisions(IndicatorOutlook indicator) {
		List<TargetRevision> all = this.revisions.ofIndicator(indicator.indicatorId());
		if (all.isEmpty()) {
			return List.of();
		}
		List<TargetVersion> history = this.revisions.history(indicator.indicatorId());
		List<RevisionRow> rows = new ArrayList<>();
		for (TargetRevision r : all) {
			rows.add(new RevisionRow(r.id(), indicator.indicatorId(), indicator.name(), indicator.unit(),
					indicator.kind(), before(history, r), r.target(), r.targetUpper(), r.fromYear(), r.reason(),
					r.state().code(), r.proposedBy(), r.decidedBy(), r.returnReason()));
		}
		return rows;
	}

	/**
	 * The target in force before the revision's year: the latest other version that took
	 * effect by then (the notice's own or an earlier approved revision).
	 */
	private static BigDecimal before(List<TargetVersion> history, TargetRevision revision) {
		return history.stream()
			.filter((v) -> !Objects.equals(v.revisionId(), revision.id()))
			.filter((v) -> v.fromYear() <= revision.fromYear())
			.filter((v) -> v.revisionId() == null || v.revisionId() < revision.id())
			.max(Comparator.comparingInt(TargetVersion::fromYear)
				.thenComparing((v) -> (v.revisionId() != null) ? v.revisionId() : 0L))
			.map(TargetVersion::target)
			.orElse(null);
	}

}
