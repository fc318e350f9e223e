package org.luoshi.indicator.internal;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

import org.luoshi.common.ComparedText;
import org.luoshi.indicator.FigureForm;
import org.luoshi.notice.IndicatorKind;

/**
 * What the data file {@code indicator/measure-units.tsv} says of each measure unit:
 * whether city figures add up to the province's, and the bounds of a plausible figure.
 */
public final class MeasureUnits {

	static final String FILE = "indicator/measure-units.tsv";

	/** The plausible figures in a unit; a null bound is open. */
	public record Bounds(BigDecimal lowest, BigDecimal highest) {

		public boolean contains(BigDecimal value) {
			return (this.lowest == null || value.compareTo(this.lowest) >= 0)
					&& (this.highest == null || value.compareTo(this.highest) <= 0);
		}

	}

	private record Unit(boolean additive, Bounds bounds) {
	}

	private static final Bounds LEVEL = new Bounds(BigDecimal.ZERO, null);

	// a reduction of more than the whole, or a fall of more than the whole, cannot be
	private static final Bounds REDUCTION = new Bounds(BigDecimal.valueOf(-100), BigDecimal.valueOf(100));

	private static final Bounds INCREASE = new Bounds(BigDecimal.valueOf(-100), null);

	private final Map<String, Unit> units;

	private MeasureUnits(Map<String, Unit> units) {
		this.units = units;
	}

	public static MeasureUnits load() {
		Map<String, Unit> units = new HashMap<>();
		for (String[] row : DataTable.rows(FILE, 4)) {
			units.put(ComparedText.of(row[0]),
					new Unit("yes".equals(row[1]), new Bounds(row[2].isEmpty() ? null : new BigDecimal(row[2]),
							row[3].isEmpty() ? null : new BigDecimal(row[3]))));
		}
		return new MeasureUnits(units);
	}

	/** City figures in the unit add up to the province's (万公顷, 万套; not %). */
	public boolean additive(String unit) {
		return unit(unit).map(Unit::additive).orElse(false);
	}

	/**
	 * The bounds of a plausible yearly figure of a level. The percentage of a reduce- or
	 * increase-by-percent target is the change, not the figure: the figure is a level
	 * (energy per unit of GDP), only ever non-negative.
	 */
	public Optional<Bounds> bounds(IndicatorKind kind, String unit) {
		return bounds(kind, unit, FigureForm.LEVEL);
	}

	/**
	 * The bounds of a plausible figure in the form given: a yearly rate or a change since
	 * the baseline is a percentage above −100 (and, for a reduction, at most 100).
	 */
	public Optional<Bounds> bounds(IndicatorKind kind, String unit, FigureForm form) {
		if (form.relative()) {
			return Optional.of((kind == IndicatorKind.REDUCE_BY_PERCENT) ? REDUCTION : INCREASE);
		}
		if (kind == IndicatorKind.REDUCE_BY_PERCENT || kind == IndicatorKind.INCREASE_BY_PERCENT) {
			return Optional.of(LEVEL);
		}
		return unit(unit).map(Unit::bounds);
	}

	private Optional<Unit> unit(String unit) {
		return (unit == null) ? Optional.empty() : Optional.ofNullable(this.units.get(ComparedText.of(unit)));
	}

}
