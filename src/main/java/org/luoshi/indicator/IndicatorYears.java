package org.luoshi.indicator;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import org.luoshi.indicator.internal.IndicatorRecord;
import org.luoshi.indicator.internal.IndicatorStore;
import org.luoshi.indicator.internal.IndicatorViews;
import org.luoshi.indicator.internal.ThresholdStore;
import org.luoshi.indicator.internal.FigureStore;
import org.luoshi.indicator.internal.Targets;
import org.luoshi.notice.IndicatorKind;
import org.luoshi.plan.PlanRegister;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A plan's indicators as they stood in one year, read for the annual implementation
 * report: the figure of the year, its standing on the figures up to that year (a figure
 * of a later year does not count) under the target in force that year, and the path. One
 * query for the indicators, one for their figures.
 */
@Service
@Transactional(readOnly = true)
public class IndicatorYears {

	private final Indicators indicators;

	private final IndicatorStore store;

	private final FigureStore figures;

	private final Targets targets;

	private final ThresholdStore thresholds;

	private final PlanRegister plans;

	IndicatorYears(Indicators indicators, IndicatorStore store, FigureStore figures, Targets targets,
			ThresholdStore thresholds, PlanRegister plans) {
		this.indicators = indicators;
		this.store = store;
		this.figures = figures;
		this.targets = targets;
		this.thresholds = thresholds;
		this.plans = plans;
	}

	/**
	 * @throws org.luoshi.plan.RegisterRefusal.PlanNotFound if no plan has the id
	 */
	public List<IndicatorYear> ofPlan(long planId, int year) {
		this.plans.plan(planId);
		List<IndicatorRecord> records = this.store.ofPlan(planId);
		Map<Long, IndicatorSummary> summaries = new HashMap<>();
		this.indicators.ofPlan(planId).forEach((s) -> summaries.put(s.id(), s));
		Map<Long, List<Figure>> current = new HashMap<>();
		this.figures.current(records.stream().map(IndicatorRecord::id).toList())
			.stream()
			.filter((f) -> f.year() <= year)
			.forEach((f) -> current.computeIfAbsent(f.indicatorId(), (k) -> new ArrayList<>()).add(f));
		Map<Long, Optional<TargetsInForce>> inForce = this.targets.of(records);
		StatusThresholds rule = this.thresholds.of(planId);
		List<IndicatorYear> years = new ArrayList<>();
		for (IndicatorRecord r : records) {
			List<Figure> own = current.getOrDefault(r.id(), List.of())
				.stream()
				.filter((f) -> Objects.equals(f.regionId(), r.regionId()))
				.toList();
			years
				.add(inYear(r, inForce.getOrDefault(r.id(), Optional.empty()), summaries.get(r.id()), own, year, rule));
		}
		return years;
	}

	// the year is judged, and its target stated, under the target in force that year
	private static IndicatorYear inYear(IndicatorRecord r, Optional<TargetsInForce> targets, IndicatorSummary summary,
			List<Figure> own, int year, StatusThresholds rule) {
		Figure figure = own.stream().filter((f) -> f.year() == year).findFirst().orElse(null);
		List<YearFigure> points = IndicatorViews.yearFigures(own);
		IndicatorStanding standing = targets.map((t) -> IndicatorArithmetic.assess(t, points, year, rule))
			.orElseGet(() -> new IndicatorStanding(null, null, null, 0, null, null, IndicatorStatus.NO_BASELINE, null,
					null));
		List<PathPoint> path = targets.map((t) -> IndicatorArithmetic.path(t, points)).orElse(List.of());
		Optional<IndicatorTarget> then = targets.map((t) -> t.in(year));
		Double level = then.flatMap(IndicatorArithmetic::targetLevel).orElse(null);
		boolean constraint = then.map(IndicatorTarget::constraint)
			.orElse(r.kind() == IndicatorKind.MAINTAIN || r.kind() == IndicatorKind.CAP
					|| r.kind() == IndicatorKind.RANGE);
		boolean revised = then.isPresent() && targets.get().original().target() != then.get().target();
		BigDecimal target = revised ? decimal(then.get().target()) : r.target();
		BigDecimal upper = (revised && then.get().upper() != null) ? decimal(then.get().upper()) : r.targetUpper();
		return new IndicatorYear(r.id(), r.name(), r.binding(), r.kind().code(), r.unit(), r.baselineYear(),
				r.baselineValue(), target, upper, r.targetYear(), level, constraint, r.toDecompose(),
				(summary != null) ? summary.organisations() : List.of(), figure, standing, path, revised);
	}

	// a revised target came from a decimal column: its double prints back as entered
	private static BigDecimal decimal(double value) {
		BigDecimal d = BigDecimal.valueOf(value).stripTrailingZeros();
		return (d.scale() < 0) ? d.setScale(0) : d;
	}

}
