package org.luoshi.indicator;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import org.luoshi.notice.IndicatorKind;

/**
 * The arithmetic of DESIGN.md as plain functions: the expected path, progress, time
 * elapsed against progress (时间过半、任务过半), the status under a plan's thresholds and the
 * projection to the target year.
 * <p>
 * Ratios, powers and trends are computed in {@code double}: the compound path needs
 * fractional powers and the projection a regression, which {@code BigDecimal} cannot do
 * exactly either, and every result is a derived figure shown rounded. The figures people
 * enter, store and add up (targets, yearly values, city shares) stay {@code BigDecimal}
 * until they reach these functions, so that nine city shares adding up to 553 compare
 * equal to 553.
 * <ul>
 * <li>reach: linear path from the baseline to the target;</li>
 * <li>reduce-by-percent p: compound path, level = baseline · (1 − p)^(k/n) in year k of
 * n;</li>
 * <li>increase-by-percent p: compound growth, level = baseline · (1 + p)^(k/n);</li>
 * <li>cumulative: the total so far against a linear share of the total, target ·
 * k/n;</li>
 * <li>maintain, cap, range: the bound itself every year; achieved while it holds.</li>
 * </ul>
 * The figures of a reduce- or increase-by-percent indicator may be levels, the year's
 * rates or changes since the baseline year; they are chained into one series first
 * ({@link ChangeChain}), so that progress is the cumulative change over the target rate
 * and a year missing from a chain of rates is missing, never assumed.
 */
public final class IndicatorArithmetic {

	// figures are entered with at most six decimals; differences below this are rounding
	private static final double TOLERANCE = 1e-9;

	private IndicatorArithmetic() {
	}

	/**
	 * The share of the period from the baseline year to the target year passed by the end
	 * of the year, 0…1.
	 */
	public static double elapsedShare(IndicatorTarget target, int year) {
		double share = (year - target.baselineYear()) / (double) target.years();
		return Math.max(0, Math.min(1, share));
	}

	/**
	 * The level the target asks for: the target itself, the baseline lowered or raised by
	 * the percentage, the total of a cumulative indicator. Empty for a percent kind
	 * without a baseline.
	 */
	public static Optional<Double> targetLevel(IndicatorTarget target) {
		return switch (target.kind()) {
			case REDUCE_BY_PERCENT -> baseline(target).map((b) -> b * (1 - target.rate()));
			case INCREASE_BY_PERCENT -> baseline(target).map((b) -> b * (1 + target.rate()));
			default -> Optional.of(target.target());
		};
	}

	/**
	 * The level the expected path reaches in the year (for a cumulative indicator: the
	 * total).
	 */
	public static Optional<Double> expected(IndicatorTarget target, int year) {
		double share = elapsedShare(target, year);
		return switch (target.kind()) {
			case REACH -> baseline(target).map((b) -> b + (target.target() - b) * share);
			case REDUCE_BY_PERCENT -> baseline(target).map((b) -> b * Math.pow(1 - target.rate(), share));
			case INCREASE_BY_PERCENT -> baseline(target).map((b) -> b * Math.pow(1 + target.rate(), share));
			case CUMULATIVE -> Optional.of(target.target() * share);
			case MAINTAIN, CAP, RANGE -> Optional.of(target.target());
		};
	}

	/**
	 * Whether a level meets the target (or, for maintain, cap and range, keeps the
	 * constraint). Empty when the target is measured from a baseline that is not known.
	 */
	public static Optional<Boolean> holds(IndicatorTarget target, double level) {
		double t = target.target();
		return switch (target.kind()) {
			case MAINTAIN, CUMULATIVE -> Optional.of(atLeast(level, t));
			case CAP -> Optional.of(atLeast(t, level));
			case RANGE -> Optional.of(atLeast(level, t) && (target.upper() == null || atLeast(target.upper(), level)));
			case REACH -> Optional
				.of((target.baseline() == null || t >= target.baseline()) ? atLeast(level, t) : atLeast(t, level));
			case REDUCE_BY_PERCENT -> targetLevel(target).map((goal) -> atLeast(goal, level));
			case INCREASE_BY_PERCENT -> targetLevel(target).map((goal) -> atLeast(level, goal));
		};
	}

	/**
	 * The share of the way from the baseline to the target a level has come: 0 at the
	 * baseline, 1 at the target; for a cumulative indicator the total so far over the
	 * total; for maintain, cap and range 1 while the constraint holds, else 0.
	 */
	public static Optional<Double> progress(IndicatorTarget target, double level) {
		Optional<Boolean> held = holds(target, level);
		if (held.isEmpty()) {
			return Optional.empty();
		}
		if (target.constraint()) {
			return Optional.of(held.get() ? 1.0 : 0.0);
		}
		if (target.kind() == IndicatorKind.CUMULATIVE) {
			return Optional.of((target.target() == 0) ? 1.0 : level / target.target());
		}
		if (target.baseline() == null) {
			return Optional.empty();
		}
		double from = target.baseline();
		double to = targetLevel(target).get();
		return Optional.of((Math.abs(to - from) < TOLERANCE) ? (held.get() ? 1.0 : 0.0) : (level - from) / (to - from));
	}

	/** The status as of the latest year with a figure. */
	public static IndicatorStanding assess(IndicatorTarget target, List<YearFigure> values,
			StatusThresholds thresholds) {
		return values.stream()
			.map(YearFigure::year)
			.max(Comparator.naturalOrder())
			.map((year) -> assess(target, values, year, thresholds))
			.orElseGet(IndicatorStanding::noData);
	}

	/**
	 * The status in a year: achieved when the target is met (for maintain, cap and range:
	 * while the constraint holds, else off track); otherwise progress is compared with
	 * the elapsed share of the period, and a target year passed unmet is off track.
	 */
	public static IndicatorStanding assess(IndicatorTarget target, List<YearFigure> values, int year,
			StatusThresholds thresholds) {
		ChangeChain.OnLevels on = ChangeChain.of(target, values);
		Double expectedChange = ChangeChain.expectedChange(target, year);
		IndicatorStatus unreadable = on.unreadable().get(year);
		if (unreadable != null) {
			return new IndicatorStanding(year, null, null, elapsedShare(target, year), null, null, unreadable, null,
					expectedChange);
		}
		IndicatorStanding standing = assessLevels(on.target(), on.levels(), year, thresholds);
		if (standing.year() == null) {
			return standing;
		}
		Double change = ChangeChain.change(on.target(), standing.level());
		return new IndicatorStanding(standing.year(), on.indexed() ? null : standing.level(), standing.progress(),
				standing.elapsedShare(), on.indexed() ? null : standing.expected(), standing.gapPoints(),
				standing.status(), change, expectedChange);
	}

	private static IndicatorStanding assessLevels(IndicatorTarget target, List<YearFigure> values, int year,
			StatusThresholds thresholds) {
		Optional<Double> reached = levelOf(target, values, year);
		if (reached.isEmpty()) {
			return IndicatorStanding.noData();
		}
		double level = reached.get();
		double elapsed = elapsedShare(target, year);
		Double expected = expected(target, year).orElse(null);
		Optional<Double> progress = progress(target, level);
		if (progress.isEmpty()) {
			// a reach target met needs no baseline to say so
			IndicatorStatus status = holds(target, level).orElse(false) ? IndicatorStatus.ACHIEVED
					: IndicatorStatus.NO_BASELINE;
			return new IndicatorStanding(year, level, null, elapsed, expected, null, status, null, null);
		}
		Double gap = target.constraint() ? null : (progress.get() - elapsed) * 100;
		IndicatorStatus status;
		if (holds(target, level).orElse(false)) {
			status = IndicatorStatus.ACHIEVED;
		}
		else if (gap == null || year >= target.targetYear()) {
			status = IndicatorStatus.OFF_TRACK;
		}
		else {
			status = thresholds.statusFor(gap);
		}
		return new IndicatorStanding(year, level, progress.get(), elapsed, expected, gap, status, null, null);
	}

	/**
	 * The projection to the target year from the trend so far; empty with fewer than two
	 * points.
	 */
	public static Optional<Projection> project(IndicatorTarget target, List<YearFigure> values) {
		ChangeChain.OnLevels on = ChangeChain.of(target, values);
		IndicatorTarget read = on.target();
		return Trend.project(read, on.levels()).map((p) -> {
			Double change = ChangeChain.change(read, p[0]);
			double slope = on.indexed() ? read.direction() * p[1] * 100 : p[1];
			return new Projection(read.targetYear(), on.indexed() ? null : p[0], slope, holds(read, p[0]).orElse(null),
					change);
		});
	}

	/**
	 * The level in the year: its figure, or for a cumulative indicator the total of the
	 * period so far, or for a reduce- or increase-by-percent indicator the level its
	 * rates and changes come to from the baseline; empty when it cannot be told.
	 */
	public static Optional<Double> level(IndicatorTarget target, List<YearFigure> values, int year) {
		ChangeChain.OnLevels on = ChangeChain.of(target, values);
		return on.indexed() ? Optional.empty() : levelOf(on.target(), on.levels(), year);
	}

	/**
	 * The chart of an indicator year by year from the baseline to the target year: the
	 * expected path against what was reached — levels, or for a reduce- or
	 * increase-by-percent indicator known only by rates and changes, the change since the
	 * baseline year in percent (see {@link #pathInChange}).
	 */
	public static List<PathPoint> path(IndicatorTarget target, List<YearFigure> values) {
		return path(TargetsInForce.of(target), values);
	}

	/**
	 * The chart under the targets in force year by year: each year's expected level is
	 * that of the target in force then.
	 */
	public static List<PathPoint> path(TargetsInForce targets, List<YearFigure> values) {
		IndicatorTarget target = targets.original();
		ChangeChain.OnLevels on = ChangeChain.of(target, values);
		IndicatorTarget read = on.target();
		List<PathPoint> path = new ArrayList<>();
		for (int year = target.baselineYear(); year <= target.targetYear(); year++) {
			int y = year;
			boolean reported = on.levels().stream().anyMatch((p) -> p.year() == y);
			Double actual = reported ? levelOf(read, on.levels(), y).orElse(null) : null;
			if (y == target.baselineYear() && actual == null && !target.constraint()) {
				actual = (target.kind() == IndicatorKind.CUMULATIVE) ? Double.valueOf(0) : read.baseline();
			}
			IndicatorTarget inForce = targets.in(y);
			Double expected = expected(on.indexed() ? inForce.withBaseline(1.0) : inForce, y).orElse(null);
			path.add(on.indexed()
					? new PathPoint(y, ChangeChain.change(read, expected), ChangeChain.change(read, actual))
					: new PathPoint(y, expected, actual));
		}
		return path;
	}

	/** The status as of the latest year with a figure, under the target in force then. */
	public static IndicatorStanding assess(TargetsInForce targets, List<YearFigure> values,
			StatusThresholds thresholds) {
		return values.stream()
			.map(YearFigure::year)
			.max(Comparator.naturalOrder())
			.map((year) -> assess(targets.in(year), values, year, thresholds))
			.orElseGet(IndicatorStanding::noData);
	}

	/** The status in a year under the target in force that year. */
	public static IndicatorStanding assess(TargetsInForce targets, List<YearFigure> values, int year,
			StatusThresholds thresholds) {
		return assess(targets.in(year), values, year, thresholds);
	}

	/**
	 * The status of every year after the baseline year that has a figure, each under the
	 * target in force that year, oldest first.
	 */
	public static List<IndicatorStanding> standings(TargetsInForce targets, List<YearFigure> values,
			StatusThresholds thresholds) {
		IndicatorTarget original = targets.original();
		return values.stream()
			.map(YearFigure::year)
			.filter((year) -> year > original.baselineYear())
			.distinct()
			.sorted()
			.map((year) -> assess(targets.in(year), values, year, thresholds))
			.toList();
	}

	/**
	 * Whether {@link #path} is the change since the baseline year rather than the level.
	 */
	public static boolean pathInChange(IndicatorTarget target, List<YearFigure> values) {
		return ChangeChain.of(target, values).indexed();
	}

	private static Optional<Double> levelOf(IndicatorTarget target, List<YearFigure> values, int year) {
		if (target.kind() == IndicatorKind.CUMULATIVE) {
			List<YearFigure> counted = values.stream()
				.filter((v) -> v.year() > target.baselineYear() && v.year() <= year)
				.toList();
			return counted.isEmpty() ? Optional.empty()
					: Optional.of(counted.stream().mapToDouble(YearFigure::value).sum());
		}
		return values.stream().filter((v) -> v.year() == year).map(YearFigure::value).reduce((a, b) -> b);
	}

	private static boolean atLeast(double level, double bound) {
		return level >= bound - TOLERANCE * Math.max(1, Math.abs(bound));
	}

	private static Optional<Double> baseline(IndicatorTarget target) {
		return Optional.ofNullable(target.baseline());
	}

}
