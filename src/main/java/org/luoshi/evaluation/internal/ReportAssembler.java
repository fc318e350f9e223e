package org.luoshi.evaluation.internal;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.IntConsumer;

import org.luoshi.evaluation.AnnualReportModel;
import org.luoshi.evaluation.AnnualReportModel.CityBreakdown;
import org.luoshi.evaluation.AnnualReportModel.CityRow;
import org.luoshi.evaluation.AnnualReportModel.Discipline;
import org.luoshi.evaluation.AnnualReportModel.Headline;
import org.luoshi.evaluation.AnnualReportModel.IndicatorRow;
import org.luoshi.evaluation.AnnualReportModel.Late;
import org.luoshi.evaluation.AnnualReportModel.Point;
import org.luoshi.evaluation.Verdict;
import org.luoshi.indicator.IndicatorStanding;
import org.luoshi.indicator.CityFigure;
import org.luoshi.indicator.DecompositionState;
import org.luoshi.indicator.Decompositions;
import org.luoshi.indicator.IndicatorYear;
import org.luoshi.indicator.IndicatorYears;
import org.luoshi.indicator.Indicators;
import org.luoshi.indicator.PlanThresholds;
import org.luoshi.indicator.RollUp;
import org.luoshi.indicator.RollUps;
import org.luoshi.plan.PlanOverview;
import org.luoshi.plan.PlanRegister;
import org.luoshi.plan.TaskFilter;
import org.luoshi.plan.TaskSummary;
import org.luoshi.reporting.CycleProgress;
import org.luoshi.reporting.CycleView;
import org.luoshi.reporting.TaskOutcomes;
import org.luoshi.reporting.Timeliness;
import org.luoshi.reporting.TimelinessStatus;

import org.springframework.stereotype.Component;

/**
 * Assembles the numbers of the annual report from the modules that hold them: the
 * indicators as they stood in the year with the plan's thresholds, the city roll-up of
 * every decomposed one, the tasks of each chapter with the status the year's submitted
 * reports gave, and the cycle's timeliness. Reports each step done, for the progress
 * shown while it works.
 */
@Component
public class ReportAssembler {

	/** How many steps {@link #assemble} reports. */
	public static final int STEPS = 4;

	private static final int FURTHEST_BEHIND = 3;

	private final PlanRegister plans;

	private final IndicatorYears indicatorYears;

	private final Indicators indicators;

	private final RollUps rollUps;

	private final Decompositions decompositions;

	private final TaskOutcomes outcomes;

	private final CycleProgress cycleProgress;

	private final Clock clock;

	ReportAssembler(PlanRegister plans, IndicatorYears indicatorYears, Indicators indicators, RollUps rollUps,
			Decompositions decompositions, TaskOutcomes outcomes, CycleProgress cycleProgress, Clock clock) {
		this.plans = plans;
		this.indicatorYears = indicatorYears;
		this.indicators = indicators;
		this.rollUps = rollUps;
		this.decompositions = decompositions;
		this.outcomes = outcomes;
		this.cycleProgress = cycleProgress;
		this.clock = clock;
	}

	public AnnualReportModel assemble(PlanOverview plan, CycleView cycle, IntConsumer stepDone) {
		int year = cycle.year();
		PlanThresholds thresholds = this.indicators.thresholds(plan.id());
		List<IndicatorYear> years = this.indicatorYears.ofPlan(plan.id(), year);
		List<IndicatorRow> binding = new ArrayList<>();
		List<IndicatorRow> expected = new ArrayList<>();
		for (IndicatorYear indicator : years) {
			(indicator.binding() ? binding : expected).add(row(indicator, year, thresholds));
		}
		stepDone.accept(1);
		List<CityBreakdown> cities = new ArrayList<>();
		for (IndicatorYear indicator : years) {
			if (indicator.toDecompose()) {
				cities.add(cities(indicator, year, thresholds));
			}
		}
		stepDone.accept(2);
		List<TaskSummary> tasks = this.plans.tasks(plan.id(), TaskFilter.none(), 0, Integer.MAX_VALUE).items();
		TaskTally tally = new TaskTally(this.outcomes.of(cycle.id()));
		stepDone.accept(3);
		Discipline discipline = discipline(cycle, this.cycleProgress.timeliness(cycle.id()));
		stepDone.accept(4);
		Headline headline = new Headline(binding.size(), count(binding, true), count(binding, Verdict.LAGGING),
				count(binding, Verdict.SERIOUSLY_LAGGING), count(binding, Verdict.NO_DATA),
				(int) binding.stream()
					.filter((r) -> r.verdict() == Verdict.AHEAD || r.verdict() == Verdict.COMPLETED)
					.count(),
				tally.count(tasks));
		double elapsed = elapsed(plan, year);
		return new AnnualReportModel(plan.id(), plan.title(), plan.issuer(), plan.startYear(), plan.endYear(), year,
				cycle.id(), elapsed, thresholds.onTrackPoints(), thresholds.atRiskPoints(),
				OffsetDateTime.now(this.clock), headline, binding, expected, cities,
				tally.chapters(plan.chapters(), tasks), discipline,
				cycle.illustrative() || org.luoshi.common.Illustrative.active());
	}

	/** The share of the plan's period passed by the end of the year. */
	static double elapsed(PlanOverview plan, int year) {
		int years = plan.endYear() - plan.startYear() + 1;
		return Math.max(0, Math.min(1, (year - plan.startYear() + 1) / (double) years));
	}

	private static IndicatorRow row(IndicatorYear i, int year, PlanThresholds thresholds) {
		IndicatorStanding a = i.standing();
		Verdict verdict = Verdict.of(a, i.constraint(), i.targetYear(), thresholds.onTrackPoints());
		List<Point> path = i.path().stream().map((p) -> new Point(p.year(), p.expected(), p.actual())).toList();
		return new IndicatorRow(i.id(), i.name(), i.kind(), i.unit(), i.constraint(), i.baselineYear(),
				i.baselineValue(), i.target(), i.targetUpper(), i.targetYear(), i.targetLevel(),
				(i.figure() != null) ? i.figure().value() : null,
				(i.figure() != null) ? i.figure().status().code() : null, a.level(),
				i.constraint() ? null : a.progress(), elapsed(i, a, year), a.expected(), a.gapPoints(),
				a.status().code(), verdict, i.lead(), path);
	}

	// a row without a figure still says how much of its period has passed
	private static double elapsed(IndicatorYear i, IndicatorStanding a, int year) {
		if (a.year() != null || i.baselineYear() == null || i.targetYear() == null
				|| i.targetYear() <= i.baselineYear()) {
			return a.elapsedShare();
		}
		return Math.max(0, Math.min(1, (double) (year - i.baselineYear()) / (i.targetYear() - i.baselineYear())));
	}

	private CityBreakdown cities(IndicatorYear indicator, int year, PlanThresholds thresholds) {
		// asked first: the roll-up's refusal would mark the whole generation for rollback
		boolean issued = this.decompositions.ofIndicator(indicator.id())
			.stream()
			.anyMatch((d) -> d.state() == DecompositionState.ISSUED);
		if (!issued) {
			return new CityBreakdown(indicator.id(), indicator.name(), indicator.unit(), false, 0, List.of(),
					List.of());
		}
		RollUp rollUp = this.rollUps.of(indicator.id(), year);
		List<CityRow> rows = new ArrayList<>();
		for (CityFigure city : rollUp.cities()) {
			IndicatorStanding a = city.standing();
			Verdict verdict = (a != null)
					? Verdict.of(a, indicator.constraint(), indicator.targetYear(), thresholds.onTrackPoints())
					: Verdict.NO_DATA;
			rows.add(new CityRow((city.region() != null) ? city.region() : city.organisation(), city.target(),
					city.value(), (a != null && !indicator.constraint()) ? a.progress() : null,
					(a != null) ? a.gapPoints() : null, verdict));
		}
		List<String> behind = rows.stream()
			.filter((r) -> r.verdict() == Verdict.LAGGING || r.verdict() == Verdict.SERIOUSLY_LAGGING)
			.sorted(Comparator.comparing((CityRow r) -> r.verdict() != Verdict.SERIOUSLY_LAGGING)
				.thenComparing((r) -> (r.gapPoints() != null) ? r.gapPoints() : 0.0))
			.limit(FURTHEST_BEHIND)
			.map(CityRow::city)
			.toList();
		return new CityBreakdown(indicator.id(), indicator.name(), indicator.unit(), true, rollUp.citiesReporting(),
				rows, behind);
	}

	private static Discipline discipline(CycleView cycle, List<Timeliness> timeliness) {
		List<Late> late = timeliness.stream()
			.filter((t) -> t.status() == TimelinessStatus.LATE)
			.sorted(Comparator.comparing(Timeliness::daysLate).reversed())
			.map((t) -> new Late(t.organisationName(), t.daysLate()))
			.toList();
		List<String> missing = timeliness.stream()
			.filter((t) -> t.status() == TimelinessStatus.MISSING)
			.map(Timeliness::organisationName)
			.toList();
		return new Discipline(cycle.deadline(), timeliness.size(), count(timeliness, TimelinessStatus.ON_TIME),
				late.size(), missing.size(), count(timeliness, TimelinessStatus.PENDING), late, missing);
	}

	private static int count(List<Timeliness> timeliness, TimelinessStatus status) {
		return (int) timeliness.stream().filter((t) -> t.status() == status).count();
	}

	private static int count(List<IndicatorRow> rows, boolean onTrack) {
		return (int) rows.stream()
			.filter((r) -> r.verdict().onTrack() == onTrack && r.verdict() != Verdict.NO_DATA)
			.count();
	}

	private static int count(List<IndicatorRow> rows, Verdict verdict) {
		return (int) rows.stream().filter((r) -> r.verdict() == verdict).count();
	}

}
