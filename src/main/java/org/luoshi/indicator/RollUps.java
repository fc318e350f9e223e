package org.luoshi.indicator;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;

import org.luoshi.indicator.internal.DecompositionStore;
import org.luoshi.indicator.internal.IndicatorRecord;
import org.luoshi.indicator.internal.IndicatorStore;
import org.luoshi.indicator.internal.IndicatorViews;
import org.luoshi.indicator.internal.MeasureUnits;
import org.luoshi.indicator.internal.Targets;
import org.luoshi.indicator.internal.ThresholdStore;
import org.luoshi.indicator.internal.FigureStore;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Rolls city figures up to the province under the issued split of an indicator: each city
 * against its own target (from its own baseline-year figure), the province against the
 * provincial target on the sum of the cities' figures where the unit adds up.
 */
@Service
@Transactional(readOnly = true)
public class RollUps {

	private final Decompositions decompositions;

	private final DecompositionStore stored;

	private final IndicatorStore indicators;

	private final FigureStore figures;

	private final ThresholdStore thresholds;

	private final Targets targets;

	private final MeasureUnits units = MeasureUnits.load();

	RollUps(Decompositions decompositions, DecompositionStore stored, IndicatorStore indicators, FigureStore figures,
			Targets targets, ThresholdStore thresholds) {
		this.decompositions = decompositions;
		this.stored = stored;
		this.indicators = indicators;
		this.figures = figures;
		this.thresholds = thresholds;
		this.targets = targets;
	}

	/**
	 * @throws DecompositionRefusal.NoIssuedDecomposition when the indicator has no issued
	 * split yet
	 */
	public RollUp of(long indicatorId, int year) {
		IndicatorRecord indicator = this.indicators.find(indicatorId)
			.orElseThrow(() -> new IndicatorRefusal.IndicatorNotFound(indicatorId));
		DecompositionStore.Stored issued = this.stored.ofIndicator(indicatorId)
			.stream()
			.filter((d) -> d.state() == DecompositionState.ISSUED)
			.reduce((a, b) -> b)
			.orElseThrow(() -> new DecompositionRefusal.NoIssuedDecomposition(indicator.name()));
		Decomposition split = this.decompositions.get(issued.id());
		StatusThresholds thresholds = this.thresholds.of(indicator.planId());
		List<Figure> current = this.figures.current(List.of(indicatorId));
		boolean additive = this.units.additive(indicator.unit());
		Optional<IndicatorTarget> target = indicator.arithmetic();
		Optional<TargetsInForce> inForce = this.targets.of(indicator);
		List<CityFigure> cities = new ArrayList<>();
		Map<Integer, BigDecimal> sums = new TreeMap<>();
		Map<Integer, Integer> reporting = new TreeMap<>();
		Map<Integer, Integer> levels = new TreeMap<>();
		for (CityShare share : split.shares()) {
			List<Figure> own = inRegion(current, share.regionId());
			own.forEach((f) -> {
				reporting.merge(f.year(), 1, Integer::sum);
				// only levels add up; a rate or a change is a percentage
				if (!f.form().relative()) {
					sums.merge(f.year(), f.value(), BigDecimal::add);
					levels.merge(f.year(), 1, Integer::sum);
				}
			});
			Figure figure = own.stream().filter((f) -> f.year() == year).findFirst().orElse(null);
			Double baseline = own.stream()
				.filter((f) -> Objects.equals(f.year(), indicator.baselineYear()) && !f.form().relative())
				.map((f) -> f.value().doubleValue())
				.findFirst()
				.orElse(null);
			IndicatorStanding standing = (share.target() == null) ? null
					: target
						.map((t) -> IndicatorArithmetic.assess(t.withTarget(share.target().doubleValue(), baseline),
								IndicatorViews.yearFigures(own), year, thresholds))
						.orElse(null);
			cities.add(new CityFigure(share.organisationId(), share.organisation(), share.regionId(), share.region(),
					share.target(), (figure != null) ? figure.value() : null, (figure != null) ? figure.form() : null,
					standing));
		}
		int all = split.shares().size();
		List<YearFigure> province = new ArrayList<>(
				IndicatorViews.yearFigures(inRegion(current, indicator.regionId())));
		if (additive) {
			sums.forEach((y, sum) -> {
				if (levels.get(y) == all) {
					province.removeIf((v) -> v.year() == y);
					province.add(new YearFigure(y, sum.doubleValue()));
				}
			});
		}
		BigDecimal fromCities = (additive && levels.getOrDefault(year, 0) == all) ? sums.get(year) : null;
		BigDecimal entered = inRegion(current, indicator.regionId()).stream()
			.filter((f) -> f.year() == year)
			.map(Figure::value)
			.findFirst()
			.orElse(null);
		// the province is held to the target in force that year, revised or not
		IndicatorStanding standing = inForce.map((t) -> IndicatorArithmetic.assess(t, province, year, thresholds))
			.orElse(null);
		return new RollUp(indicatorId, issued.id(), year, additive, reporting.getOrDefault(year, 0), fromCities,
				entered, standing, cities);
	}

	private static List<Figure> inRegion(List<Figure> figures, Long regionId) {
		return figures.stream().filter((f) -> Objects.equals(f.regionId(), regionId)).toList();
	}

}
