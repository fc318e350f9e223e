package org.luoshi.indicator;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import org.luoshi.indicator.internal.FigureStore;
import org.luoshi.indicator.internal.IndicatorAccess;
import org.luoshi.indicator.internal.IndicatorRecord;
import org.luoshi.indicator.internal.IndicatorStore;
import org.luoshi.indicator.internal.IndicatorViews;
import org.luoshi.indicator.internal.MidtermYearStore;
import org.luoshi.indicator.internal.Targets;
import org.luoshi.indicator.internal.ThresholdStore;
import org.luoshi.plan.PlanOverview;
import org.luoshi.plan.PlanRegister;

import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The mid-term outlook of a plan's indicators (中期评估): for each, judged on the figures up
 * to a year — the plan's mid-term year unless asked otherwise — where it stands, where
 * the trend of its figures leads by the target year, the yearly rate achieved so far
 * against the rate still required, and whether the target is 可完成, 有难度 or 难以完成 under
 * {@link OutlookRule}. This is the read API the mid-term evaluation report is written
 * from; every signed-in user reads it.
 */
@Service
@Transactional(readOnly = true)
public class IndicatorOutlooks {

	private final IndicatorStore indicators;

	private final FigureStore figures;

	private final Targets targets;

	private final ThresholdStore thresholds;

	private final MidtermYearStore midterm;

	private final PlanRegister plans;

	private final IndicatorAccess access;

	private final Clock clock;

	IndicatorOutlooks(IndicatorStore indicators, FigureStore figures, Targets targets, ThresholdStore thresholds,
			MidtermYearStore midterm, PlanRegister plans, IndicatorAccess access, Clock clock) {
		this.indicators = indicators;
		this.figures = figures;
		this.targets = targets;
		this.thresholds = thresholds;
		this.midterm = midterm;
		this.plans = plans;
		this.access = access;
		this.clock = clock;
	}

	/** The rule every verdict is decided by. */
	public OutlookRule rule() {
		return OutlookRule.DEFAULT;
	}

	/**
	 * The outlook at the plan's mid-term year.
	 * @throws org.luoshi.plan.RegisterRefusal.PlanNotFound if no plan has the id
	 */
	public PlanOutlook of(long planId) {
		return of(planId, midtermYear(planId).year(), true);
	}

	/**
	 * The outlook judged on the figures up to the year given.
	 * @throws org.luoshi.plan.RegisterRefusal.PlanNotFound if no plan has the id
	 */
	public PlanOutlook of(long planId, int year) {
		return of(planId, year, year == midtermYear(planId).year());
	}

	/** The plan's mid-term year: the one the office set, else the half-way year. */
	public MidtermYear midtermYear(long planId) {
		PlanOverview plan = this.plans.plan(planId);
		return this.midterm.find(planId)
			.map((s) -> new MidtermYear(planId, s.year(), true, s.version()))
			.orElseGet(() -> new MidtermYear(planId, halfway(plan), false, 0));
	}

	/** Whether the signed-in user may set a plan's mid-term year (the office). */
	public boolean mayChangeMidtermYear() {
		return this.access.indicatorSteps(null).setThresholds();
	}

	/**
	 * Sets the plan's mid-term year if it is still at the version the caller saw (0 while
	 * it is the half-way year).
	 * @throws IndicatorRefusal.NotYourStep for anybody but the office
	 * @throws IndicatorRefusal.MidtermYearOutsidePeriod for a year outside the plan
	 * @throws OptimisticLockingFailureException when it changed since the caller read it
	 */
	@Transactional
	public MidtermYear setMidtermYear(long planId, int year, int expectedVersion) {
		String actor = this.access.office(IndicatorStep.SET_MIDTERM_YEAR).username();
		PlanOverview plan = this.plans.plan(planId);
		if (plan.startYear() != null && plan.endYear() != null && (year < plan.startYear() || year > plan.endYear())) {
			throw new IndicatorRefusal.MidtermYearOutsidePeriod(year, plan.startYear(), plan.endYear());
		}
		if (!this.midterm.save(planId, year, expectedVersion, actor, OffsetDateTime.now(this.clock))) {
			throw new OptimisticLockingFailureException("The mid-term year of plan " + planId + " changed");
		}
		return midtermYear(planId);
	}

	private PlanOutlook of(long planId, int year, boolean midterm) {
		this.plans.plan(planId);
		List<IndicatorRecord> records = this.indicators.ofPlan(planId);
		StatusThresholds thresholds = this.thresholds.of(planId);
		Map<Long, Optional<TargetsInForce>> inForce = this.targets.of(records);
		Map<Long, List<Figure>> current = new HashMap<>();
		this.figures.current(records.stream().map(IndicatorRecord::id).toList())
			.stream()
			.filter((f) -> f.year() <= year)
			.forEach((f) -> current.computeIfAbsent(f.indicatorId(), (k) -> new ArrayList<>()).add(f));
		List<IndicatorOutlook> outlooks = new ArrayList<>();
		for (IndicatorRecord record : records) {
			List<Figure> own = current.getOrDefault(record.id(), List.of())
				.stream()
				.filter((f) -> Objects.equals(f.regionId(), record.regionId()))
				.toList();
			outlooks.add(outlook(record, inForce.get(record.id()), IndicatorViews.yearFigures(own), thresholds));
		}
		boolean illustrative = current.values().stream().flatMap(List::stream).anyMatch(Figure::illustrative);
		return new PlanOutlook(planId, year, midterm, rule(), outlooks, illustrative);
	}

	private IndicatorOutlook outlook(IndicatorRecord record, Optional<TargetsInForce> inForce, List<YearFigure> figures,
			StatusThresholds thresholds) {
		OutlookJudge.Judgement judgement = inForce.map((t) -> OutlookJudge.judge(t, figures, thresholds, rule()))
			.orElseGet(() -> new OutlookJudge.Judgement(null, IndicatorStanding.noData(), null, null, null,
					OutlookVerdict.UNKNOWN));
		BigDecimal target = Targets.current(record, inForce);
		int targetYear = (record.targetYear() != null) ? record.targetYear() : 0;
		return new IndicatorOutlook(record.id(), record.name(), record.binding(), record.kind().code(), record.unit(),
				target, targetYear, judgement.latestYear(), judgement.standing(), judgement.projection(),
				judgement.achievedRate(), judgement.requiredRate(), judgement.verdict());
	}

	/**
	 * The half-way year of the plan period (2013 for 2011–2015), or of its indicators'
	 * period when the plan states none.
	 */
	private int halfway(PlanOverview plan) {
		if (plan.startYear() != null && plan.endYear() != null) {
			return plan.startYear() + (plan.endYear() - plan.startYear()) / 2;
		}
		return this.indicators.ofPlan(plan.id())
			.stream()
			.filter((i) -> i.baselineYear() != null && i.targetYear() != null && i.targetYear() > i.baselineYear())
			.findFirst()
			.map((i) -> i.baselineYear() + (i.targetYear() - i.baselineYear() + 1) / 2)
			.orElse(OffsetDateTime.now(this.clock).getYear());
	}

}
