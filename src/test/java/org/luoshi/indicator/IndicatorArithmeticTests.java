package org.luoshi.indicator;

import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.within;
import static org.luoshi.indicator.IndicatorFixtures.cultivatedLand;
import static org.luoshi.indicator.IndicatorFixtures.energyPerGdp;
import static org.luoshi.indicator.IndicatorFixtures.forestCoverage;
import static org.luoshi.indicator.IndicatorFixtures.from2011;
import static org.luoshi.indicator.IndicatorFixtures.housing;
import static org.luoshi.indicator.IndicatorFixtures.in2013;
import static org.luoshi.indicator.IndicatorFixtures.incomeUpByHalf;
import static org.luoshi.indicator.IndicatorFixtures.population;
import static org.luoshi.indicator.IndicatorFixtures.rateBetweenSixAndSeven;

/**
 * The arithmetic of DESIGN.md, worked on the seed's indicators with realistic figures.
 */
class IndicatorArithmeticTests {

	private static final StatusThresholds DEFAULTS = StatusThresholds.DEFAULTS;

	@Test
	void energyPerGdpIsExpectedAtZeroPointNineZeroZeroSevenIn2013OnTheCompoundPath() {
		// (1 − 0.16)^(3/5) = 0.900678…
		assertThat(IndicatorArithmetic.expected(energyPerGdp(), 2013))
			.hasValueSatisfying((level) -> assertThat(level).isCloseTo(0.9007, within(0.00005)));
		assertThat(IndicatorArithmetic.expected(energyPerGdp(), 2015))
			.hasValueSatisfying((level) -> assertThat(level).isCloseTo(0.84, within(1e-12)));
		assertThat(IndicatorArithmetic.elapsedShare(energyPerGdp(), 2013)).isEqualTo(0.6);
	}

	@Test
	void energyPerGdpAtZeroPointNineThreeIn2013IsOffTrackByDefaultAndAtRiskUnderLooserThresholds() {
		IndicatorStanding assessment = IndicatorArithmetic.assess(energyPerGdp(), in2013(0.93), DEFAULTS);
		// 7 % of the 16 % done (43.75 %) with 60 % of the time gone: 16.25 points behind
		assertThat(assessment.progress()).isCloseTo(0.4375, within(1e-9));
		assertThat(assessment.gapPoints()).isCloseTo(-16.25, within(1e-9));
		assertThat(assessment.expected()).isCloseTo(0.9007, within(0.00005));
		assertThat(assessment.status()).isEqualTo(IndicatorStatus.OFF_TRACK);
		assertThat(IndicatorArithmetic.assess(energyPerGdp(), in2013(0.93), new StatusThresholds(5, 20)).status())
			.isEqualTo(IndicatorStatus.AT_RISK);
	}

	@Test
	void energyPerGdpNearTheCompoundPathIsOnTrackAndAFewPointsBehindIsAtRisk() {
		assertThat(IndicatorArithmetic.assess(energyPerGdp(), in2013(0.91), DEFAULTS).status())
			.isEqualTo(IndicatorStatus.ON_TRACK);
		assertThat(IndicatorArithmetic.assess(energyPerGdp(), in2013(0.92), DEFAULTS).status())
			.isEqualTo(IndicatorStatus.AT_RISK);
	}

	@Test
	void energyPerGdpIsAchievedAtSixteenPercentDownAndOffTrackWhenTheTargetYearPassesShort() {
		assertThat(IndicatorArithmetic.assess(energyPerGdp(), List.of(new YearFigure(2015, 0.84)), DEFAULTS).status())
			.isEqualTo(IndicatorStatus.ACHIEVED);
		assertThat(IndicatorArithmetic.assess(energyPerGdp(), List.of(new YearFigure(2015, 0.85)), DEFAULTS).status())
			.isEqualTo(IndicatorStatus.OFF_TRACK);
	}

	@Test
	void forestCoverageHalfwayInYearThreeIsAtRiskAndTwoThirdsIsOnTrack() {
		assertThat(IndicatorArithmetic.expected(forestCoverage(), 2013))
			.hasValueSatisfying((level) -> assertThat(level).isCloseTo(43.72, within(1e-9)));
		IndicatorStanding halfway = IndicatorArithmetic.assess(forestCoverage(), in2013(43.6), DEFAULTS);
		assertThat(halfway.progress()).isCloseTo(0.5, within(1e-9));
		assertThat(halfway.status()).isEqualTo(IndicatorStatus.AT_RISK);
		assertThat(IndicatorArithmetic.assess(forestCoverage(), in2013(43.8), DEFAULTS).status())
			.isEqualTo(IndicatorStatus.ON_TRACK);
		assertThat(IndicatorArithmetic.assess(forestCoverage(), List.of(new YearFigure(2014, 44.3)), DEFAULTS).status())
			.isEqualTo(IndicatorStatus.ACHIEVED);
	}

	@Test
	void cultivatedLandIsAchievedWhileAtLeastFiveHundredFiftyThreeAndOffTrackBelow() {
		assertThat(IndicatorArithmetic.assess(cultivatedLand(), in2013(553.6), DEFAULTS).status())
			.isEqualTo(IndicatorStatus.ACHIEVED);
		assertThat(IndicatorArithmetic.assess(cultivatedLand(), in2013(553), DEFAULTS).status())
			.isEqualTo(IndicatorStatus.ACHIEVED);
		IndicatorStanding below = IndicatorArithmetic.assess(cultivatedLand(), in2013(552.9), DEFAULTS);
		assertThat(below.status()).isEqualTo(IndicatorStatus.OFF_TRACK);
		assertThat(below.progress()).isZero();
		assertThat(below.gapPoints()).isNull();
	}

	@Test
	void populationIsAchievedWithinTheCapAndOffTrackAboveIt() {
		assertThat(IndicatorArithmetic.assess(population(), in2013(2751.3), DEFAULTS).status())
			.isEqualTo(IndicatorStatus.ACHIEVED);
		assertThat(IndicatorArithmetic.assess(population(), in2013(2790), DEFAULTS).status())
			.isEqualTo(IndicatorStatus.OFF_TRACK);
	}

	@Test
	void housingCountsTheTotalSoFarAgainstALinearShareOfSixtyThreePointTwoSeven() {
		IndicatorStanding assessment = IndicatorArithmetic.assess(housing(), from2011(14.95, 13.9, 12.1), DEFAULTS);
		assertThat(assessment.level()).isCloseTo(40.95, within(1e-9));
		assertThat(assessment.expected()).isCloseTo(37.962, within(1e-9));
		assertThat(assessment.progress()).isCloseTo(40.95 / 63.27, within(1e-9));
		assertThat(assessment.status()).isEqualTo(IndicatorStatus.ON_TRACK);
	}

	@Test
	void housingBuiltAtAFallingPaceIsProjectedToFallShortOfTheTotal() {
		// amounts fall by 1.425 a year: 10.8 in 2014 and 9.375 in 2015 on top of 40.95
		Projection projection = IndicatorArithmetic.project(housing(), from2011(14.95, 13.9, 12.1)).orElseThrow();
		assertThat(projection.year()).isEqualTo(2015);
		assertThat(projection.slope()).isCloseTo(-1.425, within(1e-9));
		assertThat(projection.level()).isCloseTo(61.125, within(1e-9));
		assertThat(projection.meetsTarget()).isFalse();
	}

	@Test
	void energyPerGdpFallingTwoPointThreeHundredthsAYearIsProjectedToEndTwelvePercentDown() {
		Projection projection = IndicatorArithmetic.project(energyPerGdp(), from2011(0.97, 0.95, 0.93)).orElseThrow();
		assertThat(projection.slope()).isCloseTo(-0.023, within(1e-9));
		assertThat(projection.level()).isCloseTo(0.882, within(1e-9));
		assertThat(projection.meetsTarget()).isFalse();
		assertThat(IndicatorArithmetic.project(energyPerGdp(), from2011(0.96, 0.92, 0.89)).orElseThrow().meetsTarget())
			.isTrue();
	}

	@Test
	void aSingleFigureWithoutBaselineProjectsNothing() {
		assertThat(IndicatorArithmetic.project(cultivatedLand(), in2013(553.6))).isEmpty();
	}

	@Test
	void incomeOnTheCompoundGrowthPathLagsTheElapsedShareByLessThanTheOnTrackMargin() {
		double onPath = IndicatorArithmetic.expected(incomeUpByHalf(), 2013).orElseThrow();
		assertThat(onPath).isCloseTo(127.54, within(0.005));
		IndicatorStanding assessment = IndicatorArithmetic.assess(incomeUpByHalf(), in2013(onPath), DEFAULTS);
		assertThat(assessment.gapPoints()).isCloseTo(-4.91, within(0.01));
		assertThat(assessment.status()).isEqualTo(IndicatorStatus.ON_TRACK);
		assertThat(IndicatorArithmetic.assess(incomeUpByHalf(), List.of(new YearFigure(2015, 150)), DEFAULTS).status())
			.isEqualTo(IndicatorStatus.ACHIEVED);
	}

	@Test
	void aRateInsideItsRangeIsAchievedAndOutsideIsOffTrack() {
		assertThat(IndicatorArithmetic.assess(rateBetweenSixAndSeven(), in2013(6.5), DEFAULTS).status())
			.isEqualTo(IndicatorStatus.ACHIEVED);
		assertThat(IndicatorArithmetic.assess(rateBetweenSixAndSeven(), in2013(7.2), DEFAULTS).status())
			.isEqualTo(IndicatorStatus.OFF_TRACK);
		assertThat(IndicatorArithmetic.assess(rateBetweenSixAndSeven(), in2013(5.9), DEFAULTS).status())
			.isEqualTo(IndicatorStatus.OFF_TRACK);
	}

	@Test
	void aLagOfExactlyTheMarginIsStillWithinIt() {
		// 0 → 100 over 2010–2020: half the time gone in 2015
		IndicatorTarget tenYears = new IndicatorTarget(org.luoshi.notice.IndicatorKind.REACH, 2010, 0.0, 100, null,
				2020);
		assertThat(status(tenYears, 45)).isEqualTo(IndicatorStatus.ON_TRACK);
		assertThat(status(tenYears, 44.99)).isEqualTo(IndicatorStatus.AT_RISK);
		assertThat(status(tenYears, 35)).isEqualTo(IndicatorStatus.AT_RISK);
		assertThat(status(tenYears, 34.99)).isEqualTo(IndicatorStatus.OFF_TRACK);
	}

	@Test
	void aReductionWithoutBaselineCannotBeAssessedAndNoFigureIsNoData() {
		IndicatorTarget noBaseline = energyPerGdp().withTarget(16, null);
		assertThat(IndicatorArithmetic.assess(noBaseline, in2013(0.93), DEFAULTS).status())
			.isEqualTo(IndicatorStatus.NO_BASELINE);
		assertThat(IndicatorArithmetic.assess(energyPerGdp(), List.of(), DEFAULTS).status())
			.isEqualTo(IndicatorStatus.NO_DATA);
	}

	@Test
	void thresholdsMustRunFromOnTrackToAtRisk() {
		assertThatExceptionOfType(IndicatorRefusal.ThresholdsOutOfOrder.class)
			.isThrownBy(() -> new StatusThresholds(15, 5));
		assertThatExceptionOfType(IndicatorRefusal.ThresholdsOutOfOrder.class)
			.isThrownBy(() -> new StatusThresholds(-1, 5));
	}

	private static IndicatorStatus status(IndicatorTarget target, double value) {
		return IndicatorArithmetic.assess(target, List.of(new YearFigure(2015, value)), DEFAULTS).status();
	}

}
