package org.luoshi.indicator;

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
import org.luoshi.indicator.internal.ValueStore;
import org.luoshi.notice.IndicatorKind;
import org.luoshi.plan.PlanRegister;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A plan's indicators as they stood in one year, read for the annual implementation
 * report: the figure of the year, the assessment on the figures up to that year (a figure
 * of a later year does not count), and the path. One query for the indicators, one for
 * their figures.
 */
@Service
@Transactional(readOnly = true)
public class IndicatorYears {

	private final Indicators indicators;

	private final IndicatorStore store;

	private final ValueStore values;

	private final ThresholdStore thresholds;

	private final PlanRegister plans;

	IndicatorYears(Indicators indicators, IndicatorStore store, ValueStore values, ThresholdStore thresholds,
			PlanRegister plans) {
		this.indicators = indicators;
		this.store = store;
		this.values = values;
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
		Map<Long, List<ValueFigure>> current = new HashMap<>();
		this.values.current(records.stream().map(IndicatorRecord::id).toList())
			.stream()
			.filter((f) -> f.year() <= year)
			.forEach((f) -> current.computeIfAbsent(f.indicatorId(), (k) -> new ArrayList<>()).add(f));
		StatusThresholds rule = this.thresholds.of(planId);
		List<IndicatorYear> years = new ArrayList<>();
		for (IndicatorRecord r : records) {
			List<ValueFigure> own = current.getOrDefault(r.id(), List.of())
				.stream()
				.filter((f) -> Objects.equals(f.regionId(), r.regionId()))
				.toList();
			years.add(inYear(r, summaries.get(r.id()), own, year, rule));
		}
		return years;
	}

	private static IndicatorYear inYear(IndicatorRecord r, IndicatorSummary summary, List<ValueFigure> own, int year,
			StatusThresholds rule) {
		ValueFigure figure = own.stream().filter((f) -> f.year() == year).findFirst().orElse(null);
		Optional<IndicatorTarget> target = r.arithmetic();
		List<YearValue> points = IndicatorViews.yearValues(own);
		Assessment assessment = target.map((t) -> IndicatorArithmetic.assess(t, points, year, rule))
			.orElseGet(() -> new Assessment(null, null, null, 0, null, null, IndicatorStatus.NO_BASELINE));
		List<PathPoint> path = target.map((t) -> path(t, points)).orElse(List.of());
		Double level = target.flatMap(IndicatorArithmetic::targetLevel).orElse(null);
		boolean constraint = target.map(IndicatorTarget::constraint)
			.orElse(r.kind() == IndicatorKind.MAINTAIN || r.kind() == IndicatorKind.CAP
					|| r.kind() == IndicatorKind.RANGE);
		return new IndicatorYear(r.id(), r.name(), r.binding(), r.kind().code(), r.unit(), r.baselineYear(),
				r.baselineValue(), r.target(), r.targetUpper(), r.targetYear(), level, constraint, r.toDecompose(),
				(summary != null) ? summary.organisations() : List.of(), figure, assessment, path);
	}

	private static List<PathPoint> path(IndicatorTarget target, List<YearValue> points) {
		List<PathPoint> path = new ArrayList<>();
		for (int y = target.baselineYear(); y <= target.targetYear(); y++) {
			int at = y;
			boolean reported = points.stream().anyMatch((p) -> p.year() == at);
			Double actual = reported ? IndicatorArithmetic.level(target, points, y).orElse(null) : null;
			if (y == target.baselineYear() && actual == null && !target.constraint()) {
				actual = (target.kind() == IndicatorKind.CUMULATIVE) ? Double.valueOf(0) : target.baseline();
			}
			path.add(new PathPoint(y, IndicatorArithmetic.expected(target, y).orElse(null), actual));
		}
		return path;
	}

}
