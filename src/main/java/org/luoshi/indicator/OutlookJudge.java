package org.luoshi.indicator;

import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.luoshi.notice.IndicatorKind;

/**
 * Judges an indicator's mid-term outlook under {@link OutlookRule}: pure arithmetic on
 * the targets in force and the figures up to the year judged.
 */
final class OutlookJudge {

	/** What the judgement found. */
	record Judgement(Integer latestYear, IndicatorStanding standing, Projection projection, Double achievedRate,
			Double requiredRate, OutlookVerdict verdict) {
	}

	private static final Set<IndicatorStatus> UNJUDGEABLE = Set.of(IndicatorStatus.NO_DATA, IndicatorStatus.NO_BASELINE,
			IndicatorStatus.MISSING_YEAR);

	private OutlookJudge() {
	}

	/**
	 * @param figures the figures up to the year judged
	 */
	static Judgement judge(TargetsInForce targets, List<YearFigure> figures, StatusThresholds thresholds,
			OutlookRule rule) {
		IndicatorTarget original = targets.original();
		Optional<Integer> latest = figures.stream()
			.map(YearFigure::year)
			.filter((y) -> y > original.baselineYear())
			.max(Integer::compare);
		if (latest.isEmpty()) {
			return new Judgement(null, IndicatorStanding.noData(), null, null, null, OutlookVerdict.UNKNOWN);
		}
		int year = latest.get();
		IndicatorStanding standing = IndicatorArithmetic.assess(targets, figures, year, thresholds);
		IndicatorTarget goal = targets.latest();
		Projection projection = IndicatorArithmetic.project(goal, figures).orElse(null);
		if (UNJUDGEABLE.contains(standing.status())) {
			return new Judgement(year, standing, projection, null, null, OutlookVerdict.UNKNOWN);
		}
		if (goal.constraint()) {
			return new Judgement(year, standing, projection, null, null, constraint(goal, standing, projection));
		}
		double[] rates = rates(goal, standing, year);
		Double achieved = (rates != null) ? rates[0] : null;
		Double required = (rates != null && year < goal.targetYear()) ? rates[1] : null;
		return new Judgement(year, standing, projection, achieved, required,
				path(goal, standing, projection, year, rates, rule));
	}

	private static OutlookVerdict constraint(IndicatorTarget goal, IndicatorStanding standing, Projection projection) {
		boolean holdsNow = standing.status() == IndicatorStatus.ACHIEVED;
		if (!holdsNow) {
			return OutlookVerdict.UNLIKELY;
		}
		boolean holdsThen = projection == null || !Boolean.FALSE.equals(projection.meetsTarget());
		return holdsThen ? OutlookVerdict.ACHIEVABLE : OutlookVerdict.DIFFICULT;
	}

	private static OutlookVerdict path(IndicatorTarget goal, IndicatorStanding standing, Projection projection,
			int year, double[] rates, OutlookRule rule) {
		if (standing.status() == IndicatorStatus.ACHIEVED
				|| (projection != null && Boolean.TRUE.equals(projection.meetsTarget()))) {
			return OutlookVerdict.ACHIEVABLE;
		}
		if (year >= goal.targetYear()) {
			return OutlookVerdict.UNLIKELY;
		}
		if (rates == null) {
			return OutlookVerdict.UNKNOWN;
		}
		// both rates counted in the direction of the target, so that progress is positive
		double achieved = rates[0] * rates[2];
		double required = rates[1] * rates[2];
		if (projection == null && required <= achieved) {
			return OutlookVerdict.ACHIEVABLE;
		}
		return (achieved > 0 && required <= rule.difficultyFactor() * achieved) ? OutlookVerdict.DIFFICULT
				: OutlookVerdict.UNLIKELY;
	}

	/**
	 * The yearly rate achieved from the baseline year to the year, the yearly rate still
	 * required from there to the target, and the direction of progress (+1 or −1); null
	 * when the level or baseline they need is not known.
	 */
	private static double[] rates(IndicatorTarget goal, IndicatorStanding standing, int year) {
		int elapsed = year - goal.baselineYear();
		int left = Math.max(1, goal.targetYear() - year);
		if (goal.byPercent()) {
			if (standing.change() == null) {
				return null;
			}
			int direction = goal.direction();
			double reached = 1 + direction * standing.change() / 100;
			double aimed = 1 + direction * goal.rate();
			double achieved = direction * (Math.pow(reached, 1.0 / elapsed) - 1) * 100;
			double required = direction * (Math.pow(aimed / reached, 1.0 / left) - 1) * 100;
			// a reduction and an increase are both counted positive in their own
			// direction
			return new double[] { achieved, required, 1 };
		}
		if (standing.level() == null) {
			return null;
		}
		double level = standing.level();
		if (goal.kind() == IndicatorKind.CUMULATIVE) {
			return new double[] { level / elapsed, (goal.target() - level) / left, 1 };
		}
		if (goal.baseline() == null) {
			return null;
		}
		double baseline = goal.baseline();
		double direction = (goal.target() >= baseline) ? 1 : -1;
		return new double[] { (level - baseline) / elapsed, (goal.target() - level) / left, direction };
	}

}
