package org.luoshi.indicator;

import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.luoshi.indicator.IndicatorFixtures.energyPerGdp;
import static org.luoshi.indicator.IndicatorFixtures.incomeUpByHalf;

/**
 * Intensities as the statistics bureaus publish them: the year's reduction rate
 * (单位地区生产总值能耗降低3.5％) or the change since the baseline year (两年累计下降5.54％), chained into
 * the cumulative reduction 1 − Π(1 − rᵢ) and held against the target rate, with the
 * numbers worked by hand. A year without a figure is missing, never assumed.
 */
class IntensityFiguresTests {

	private static final StatusThresholds DEFAULTS = StatusThresholds.DEFAULTS;

	/** 单位地区生产总值能源消耗降低16％ from 2010 to 2015, the 2010 level not known. */
	private static final IndicatorTarget ENERGY_WITHOUT_BASELINE = energyPerGdp().withBaseline(null);

	@Test
	void twoYearlyRatesChainIntoTheCumulativeReductionHeldAgainstTheTargetRate() {
		// 1 − (1 − 0.035)(1 − 0.021) = 1 − 0.965 · 0.979 = 1 − 0.944735 = 5.5265 %
		IndicatorStanding standing = IndicatorArithmetic.assess(ENERGY_WITHOUT_BASELINE,
				List.of(rate(2011, 3.5), rate(2012, 2.1)), DEFAULTS);
		assertThat(standing.year()).isEqualTo(2012);
		assertThat(standing.change()).isCloseTo(5.5265, within(1e-9));
		// progress = 5.5265 / 16 = 0.34540625 with 2 of 5 years gone: 5.459375 points
		// behind
		assertThat(standing.progress()).isCloseTo(0.34540625, within(1e-9));
		assertThat(standing.gapPoints()).isCloseTo(-5.459375, within(1e-9));
		assertThat(standing.status()).isEqualTo(IndicatorStatus.AT_RISK);
		// the compound path expects 1 − 0.84^(2/5) = 6.7365 % by 2012
		assertThat(standing.expectedChange()).isCloseTo(6.7365, within(0.00005));
		// no baseline level, so no level is claimed
		assertThat(standing.level()).isNull();
		assertThat(standing.expected()).isNull();
	}

	@Test
	void withTheBaselineLevelKnownTheRatesGiveTheLevelAndTheSameProgress() {
		IndicatorStanding standing = IndicatorArithmetic.assess(energyPerGdp(),
				List.of(rate(2011, 3.5), rate(2012, 2.1)), DEFAULTS);
		assertThat(standing.level()).isCloseTo(0.944735, within(1e-12));
		assertThat(standing.change()).isCloseTo(5.5265, within(1e-9));
		assertThat(standing.progress()).isCloseTo(0.34540625, within(1e-9));
		// a level for 2011 and a rate for 2012 chain the same way
		IndicatorStanding mixed = IndicatorArithmetic.assess(energyPerGdp(),
				List.of(new YearFigure(2011, 0.965), rate(2012, 2.1)), DEFAULTS);
		assertThat(mixed.level()).isCloseTo(0.944735, within(1e-12));
	}

	@Test
	void aRateAfterAMissingYearIsNotChainedAndTheYearStaysMissing() {
		List<YearFigure> gap = List.of(rate(2011, 3.5), rate(2013, 3.0));
		IndicatorStanding latest = IndicatorArithmetic.assess(ENERGY_WITHOUT_BASELINE, gap, DEFAULTS);
		assertThat(latest.year()).isEqualTo(2013);
		assertThat(latest.status()).isEqualTo(IndicatorStatus.MISSING_YEAR);
		assertThat(latest.change()).isNull();
		assertThat(latest.progress()).isNull();
		// 2011 still stands on its own rate
		assertThat(IndicatorArithmetic.assess(ENERGY_WITHOUT_BASELINE, gap, 2011, DEFAULTS).change()).isCloseTo(3.5,
				within(1e-9));
		// the chart shows nothing for 2012 and 2013 rather than a guess
		List<PathPoint> path = IndicatorArithmetic.path(ENERGY_WITHOUT_BASELINE, gap);
		assertThat(IndicatorArithmetic.pathInChange(ENERGY_WITHOUT_BASELINE, gap)).isTrue();
		assertThat(path).extracting(PathPoint::year).containsExactly(2010, 2011, 2012, 2013, 2014, 2015);
		assertThat(path.get(0).actual()).isCloseTo(0, within(1e-12));
		assertThat(path.get(1).actual()).isCloseTo(3.5, within(1e-9));
		assertThat(path.subList(2, 6)).extracting(PathPoint::actual).containsOnlyNulls();
		assertThat(path.get(5).expected()).isCloseTo(16, within(1e-9));
	}

	@Test
	void aCumulativeChangeForTheMissingYearStartsTheChainAgain() {
		// 2012 entered as 两年累计下降5.54％, 2013 as the year's 3.0 %: 1 − 0.9446 · 0.97 =
		// 8.3738 %
		IndicatorStanding standing = IndicatorArithmetic.assess(ENERGY_WITHOUT_BASELINE,
				List.of(rate(2011, 3.5), cumulative(2012, 5.54), rate(2013, 3.0)), DEFAULTS);
		assertThat(standing.change()).isCloseTo(8.3738, within(1e-9));
		// 8.3738 / 16 = 52.34 % done with 60 % of the time gone: 7.66 points behind
		assertThat(standing.progress()).isCloseTo(0.5233625, within(1e-9));
		assertThat(standing.status()).isEqualTo(IndicatorStatus.AT_RISK);
		IndicatorStanding withoutRate = IndicatorArithmetic.assess(ENERGY_WITHOUT_BASELINE,
				List.of(cumulative(2012, 5.54)), DEFAULTS);
		assertThat(withoutRate.change()).isCloseTo(5.54, within(1e-9));
	}

	@Test
	void reachingTheTargetRateByTheTargetYearIsAchieved() {
		// five years of 3.5 %: 1 − 0.965^5 = 16.3 %, more than 16 %
		List<YearFigure> five = List.of(rate(2011, 3.5), rate(2012, 3.5), rate(2013, 3.5), rate(2014, 3.5),
				rate(2015, 3.5));
		IndicatorStanding standing = IndicatorArithmetic.assess(ENERGY_WITHOUT_BASELINE, five, DEFAULTS);
		assertThat(standing.change()).isCloseTo((1 - Math.pow(0.965, 5)) * 100, within(1e-9));
		assertThat(standing.status()).isEqualTo(IndicatorStatus.ACHIEVED);
		// four of them and a rise of 1 % in the last year fall short: 1 − 0.965^4 · 1.01
		// = 12.4 %
		List<YearFigure> rise = List.of(rate(2011, 3.5), rate(2012, 3.5), rate(2013, 3.5), rate(2014, 3.5),
				rate(2015, -1));
		assertThat(IndicatorArithmetic.assess(ENERGY_WITHOUT_BASELINE, rise, DEFAULTS).status())
			.isEqualTo(IndicatorStatus.OFF_TRACK);
	}

	@Test
	void anIncreaseByPercentChainsItsYearlyGrowth() {
		// 增长50％ by 2015: 8 % then 9 % is 1.08 · 1.09 − 1 = 17.72 %, 35.44 % of the way
		IndicatorStanding standing = IndicatorArithmetic.assess(incomeUpByHalf().withBaseline(null),
				List.of(rate(2011, 8), rate(2012, 9)), DEFAULTS);
		assertThat(standing.change()).isCloseTo(17.72, within(1e-9));
		assertThat(standing.progress()).isCloseTo(0.3544, within(1e-9));
		// with the baseline of 100 the level is 117.72
		assertThat(
				IndicatorArithmetic.assess(incomeUpByHalf(), List.of(rate(2011, 8), rate(2012, 9)), DEFAULTS).level())
			.isCloseTo(117.72, within(1e-9));
	}

	@Test
	void theProjectionRunsThroughTheChainedReductions() {
		// relative levels 1, 0.965, 0.944735, 0.91639295 (2010–2013): the least-squares
		// line
		// reaches 0.86165 in 2015, a reduction of 13.83 %, short of 16 %
		Projection projection = IndicatorArithmetic
			.project(ENERGY_WITHOUT_BASELINE, List.of(rate(2011, 3.5), rate(2012, 2.1), rate(2013, 3.0)))
			.orElseThrow();
		assertThat(projection.change()).isCloseTo(13.8348165, within(1e-6));
		assertThat(projection.meetsTarget()).isFalse();
		assertThat(projection.level()).isNull();
		// 2.71 points of reduction a year
		assertThat(projection.slope()).isCloseTo(2.7108615, within(1e-6));
	}

	@Test
	void aLevelWithoutABaselineCannotBeChainedAndSaysSo() {
		List<YearFigure> figures = List.of(new YearFigure(2011, 0.96), rate(2012, 2.0));
		assertThat(IndicatorArithmetic.assess(ENERGY_WITHOUT_BASELINE, figures, 2011, DEFAULTS).status())
			.isEqualTo(IndicatorStatus.NO_BASELINE);
		assertThat(IndicatorArithmetic.assess(ENERGY_WITHOUT_BASELINE, figures, 2012, DEFAULTS).status())
			.isEqualTo(IndicatorStatus.NO_BASELINE);
	}

	private static YearFigure rate(int year, double percent) {
		return new YearFigure(year, percent, FigureForm.YEARLY_RATE);
	}

	private static YearFigure cumulative(int year, double percent) {
		return new YearFigure(year, percent, FigureForm.CUMULATIVE_CHANGE);
	}

}
