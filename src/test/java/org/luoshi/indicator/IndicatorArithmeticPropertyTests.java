package org.luoshi.indicator;

import java.util.ArrayList;
import java.util.List;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.DoubleRange;
import net.jqwik.api.constraints.IntRange;
import org.luoshi.notice.IndicatorKind;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * What holds for every target, not only the seed's (jqwik properties; named *Tests so
 * that surefire runs them in every build).
 */
class IndicatorArithmeticPropertyTests {

	@Property
	void progressIsZeroAtTheBaselineAndOneAtTheTargetForEveryPathKind(
			@ForAll @DoubleRange(min = 0.1, max = 10000) double baseline,
			@ForAll @DoubleRange(min = 0.5, max = 90) double percent, @ForAll @IntRange(min = 1, max = 20) int years) {
		double reached = baseline * (1 + percent / 100);
		List<IndicatorTarget> targets = List.of(target(IndicatorKind.REACH, baseline, reached, years),
				target(IndicatorKind.REDUCE_BY_PERCENT, baseline, percent, years),
				target(IndicatorKind.INCREASE_BY_PERCENT, baseline, percent, years));
		for (IndicatorTarget target : targets) {
			assertThat(IndicatorArithmetic.progress(target, baseline).orElseThrow()).as(target.kind().code())
				.isCloseTo(0, within(1e-9));
			double goal = IndicatorArithmetic.targetLevel(target).orElseThrow();
			assertThat(IndicatorArithmetic.progress(target, goal).orElseThrow()).as(target.kind().code())
				.isCloseTo(1, within(1e-9));
		}
		IndicatorTarget cumulative = target(IndicatorKind.CUMULATIVE, null, reached, years);
		assertThat(IndicatorArithmetic.progress(cumulative, 0).orElseThrow()).isZero();
		assertThat(IndicatorArithmetic.progress(cumulative, reached).orElseThrow()).isCloseTo(1, within(1e-9));
	}

	@Property
	void aConstraintHoldsOnItsBoundWithProgressOne(@ForAll @DoubleRange(min = 0, max = 10000) double bound) {
		for (IndicatorKind kind : List.of(IndicatorKind.MAINTAIN, IndicatorKind.CAP, IndicatorKind.RANGE)) {
			IndicatorTarget target = new IndicatorTarget(kind, 2010, null, bound, bound + 1, 2015);
			assertThat(IndicatorArithmetic.progress(target, bound).orElseThrow()).as(kind.code()).isEqualTo(1);
		}
	}

	@Property
	void theCompoundPathRunsMonotonicallyFromTheBaselineToTheTargetLevel(
			@ForAll @DoubleRange(min = 0.1, max = 10000) double baseline,
			@ForAll @DoubleRange(min = 0.5, max = 90) double percent, @ForAll @IntRange(min = 1, max = 20) int years) {
		for (IndicatorKind kind : List.of(IndicatorKind.REDUCE_BY_PERCENT, IndicatorKind.INCREASE_BY_PERCENT)) {
			IndicatorTarget target = target(kind, baseline, percent, years);
			List<Double> path = new ArrayList<>();
			for (int year = 2010; year <= 2010 + years; year++) {
				path.add(IndicatorArithmetic.expected(target, year).orElseThrow());
			}
			assertThat(path.get(0)).isCloseTo(baseline, within(1e-9 * baseline));
			assertThat(path.get(years)).isCloseTo(IndicatorArithmetic.targetLevel(target).orElseThrow(),
					within(1e-9 * baseline));
			for (int k = 1; k <= years; k++) {
				if (kind == IndicatorKind.REDUCE_BY_PERCENT) {
					assertThat(path.get(k)).isLessThan(path.get(k - 1));
				}
				else {
					assertThat(path.get(k)).isGreaterThan(path.get(k - 1));
				}
			}
		}
	}

	@Property
	void aValueOnTheCompoundReductionPathIsNeverBehindTheElapsedShare(
			@ForAll @DoubleRange(min = 0.5, max = 90) double percent, @ForAll @IntRange(min = 1, max = 20) int years,
			@ForAll @IntRange(min = 0, max = 20) int year) {
		IndicatorTarget target = target(IndicatorKind.REDUCE_BY_PERCENT, 1.0, percent, years);
		int when = 2010 + Math.min(year, years);
		double onPath = IndicatorArithmetic.expected(target, when).orElseThrow();
		IndicatorStanding assessment = IndicatorArithmetic.assess(target, List.of(new YearFigure(when, onPath)),
				StatusThresholds.DEFAULTS);
		assertThat(assessment.status()).isIn(IndicatorStatus.ON_TRACK, IndicatorStatus.ACHIEVED);
	}

	@Property
	void theProjectionOfFiguresOnAStraightLineIsThatLine(@ForAll @DoubleRange(min = 1, max = 1000) double start,
			@ForAll @DoubleRange(min = -10, max = 10) double slope) {
		IndicatorTarget target = new IndicatorTarget(IndicatorKind.REACH, 2010, start, start + 100, null, 2015);
		List<YearFigure> figures = List.of(new YearFigure(2011, start + slope), new YearFigure(2012, start + 2 * slope),
				new YearFigure(2013, start + 3 * slope));
		Projection projection = IndicatorArithmetic.project(target, figures).orElseThrow();
		assertThat(projection.slope()).isCloseTo(slope, within(1e-6));
		assertThat(projection.level()).isCloseTo(start + 5 * slope, within(1e-6));
	}

	private static IndicatorTarget target(IndicatorKind kind, Double baseline, double target, int years) {
		return new IndicatorTarget(kind, 2010, baseline, target, null, 2010 + years);
	}

}
