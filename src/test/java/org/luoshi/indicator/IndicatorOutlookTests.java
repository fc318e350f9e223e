package org.luoshi.indicator;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.luoshi.indicator.IndicatorFixtures.cultivatedLand;
import static org.luoshi.indicator.IndicatorFixtures.energyPerGdp;
import static org.luoshi.indicator.IndicatorFixtures.forestCoverage;
import static org.luoshi.indicator.IndicatorFixtures.from2011;
import static org.luoshi.indicator.IndicatorFixtures.housing;

/**
 * The mid-term outlook on 2013 figures of the seed's indicators (2010–2015), worked by
 * hand: 可完成 when the trend reaches the target, 有难度 when it falls short but the yearly
 * rate still required is at most 1.5 times the rate so far, 难以完成 otherwise.
 */
class IndicatorOutlookTests {

	private static final StatusThresholds DEFAULTS = StatusThresholds.DEFAULTS;

	/** 能耗降低16％ known only by its yearly rates. */
	private static final IndicatorTarget ENERGY = energyPerGdp().withBaseline(null);

	@Test
	void energyFallingOnePercentAYearMissesTheTargetByFarAndIsUnlikely() {
		// 0.99³ = 0.970299: 2.97 % down by 2013; the trend gives 4.96 % by 2015, short of
		// 16 %
		OutlookJudge.Judgement judgement = judge(ENERGY, rates(1.0, 1.0, 1.0));
		assertThat(judgement.latestYear()).isEqualTo(2013);
		assertThat(judgement.standing().change()).isCloseTo(2.9701, within(1e-9));
		assertThat(judgement.projection().change()).isCloseTo(4.95513, within(1e-5));
		assertThat(judgement.projection().meetsTarget()).isFalse();
		// 1 % a year so far; 1 − √(0.84 / 0.970299) = 6.956 % a year needed in 2014 and
		// 2015
		assertThat(judgement.achievedRate()).isCloseTo(1.0, within(1e-9));
		assertThat(judgement.requiredRate()).isCloseTo(6.956326, within(1e-6));
		assertThat(judgement.verdict()).isEqualTo(OutlookVerdict.UNLIKELY);
	}

	@Test
	void energyFallingThreePercentAYearFallsShortButIsWithinReachAndDifficult() {
		// 0.97³ = 0.912673: the trend gives 14.60 % by 2015; 4.064 % a year needed
		// against
		// 3 % so far, 1.35 times: within 1.5
		OutlookJudge.Judgement judgement = judge(ENERGY, rates(3.0, 3.0, 3.0));
		assertThat(judgement.projection().change()).isCloseTo(14.59851, within(1e-5));
		assertThat(judgement.requiredRate()).isCloseTo(4.063904, within(1e-6));
		assertThat(judgement.requiredRate() / judgement.achievedRate()).isLessThan(1.5);
		assertThat(judgement.verdict()).isEqualTo(OutlookVerdict.DIFFICULT);
		// a stricter rule makes the same figures unlikely
		assertThat(OutlookJudge.judge(TargetsInForce.of(ENERGY), rates(3.0, 3.0, 3.0), DEFAULTS, new OutlookRule(1.2))
			.verdict()).isEqualTo(OutlookVerdict.UNLIKELY);
	}

	@Test
	void energyFallingThreeAndAHalfPercentAYearReachesTheTargetOnTheTrend() {
		// the trend gives 16.95 % by 2015; 3.317 % a year would do
		OutlookJudge.Judgement judgement = judge(ENERGY, rates(3.5, 3.5, 3.5));
		assertThat(judgement.projection().meetsTarget()).isTrue();
		assertThat(judgement.requiredRate()).isCloseTo(3.317322, within(1e-6));
		assertThat(judgement.verdict()).isEqualTo(OutlookVerdict.ACHIEVABLE);
	}

	@Test
	void aTargetRevisedDownFromTheMidTermMakesTheSameTrendAchievable() {
		// 14 % from 2013 instead of 16 %: the trend's 14.60 % now meets it
		TargetsInForce revised = TargetsInForce.of(ENERGY).revised(2013, 14, null);
		OutlookJudge.Judgement judgement = OutlookJudge.judge(revised, rates(3.0, 3.0, 3.0), DEFAULTS,
				OutlookRule.DEFAULT);
		assertThat(judgement.verdict()).isEqualTo(OutlookVerdict.ACHIEVABLE);
		// 8.7327 of 14 % with 60 % of the time gone
		assertThat(judgement.standing().progress()).isCloseTo(8.7327 / 14, within(1e-9));
	}

	@Test
	void forestCoverGainingATenthOfAPointAYearNeedsThreeTimesThatAndIsUnlikely() {
		// 43.0 → 43.4 in three years: 0.133 a year; 0.4 a year needed to reach 44.2
		OutlookJudge.Judgement judgement = judge(forestCoverage(), from2011(43.2, 43.3, 43.4));
		assertThat(judgement.projection().level()).isCloseTo(43.68, within(1e-9));
		assertThat(judgement.achievedRate()).isCloseTo(0.4 / 3, within(1e-9));
		assertThat(judgement.requiredRate()).isCloseTo(0.4, within(1e-9));
		assertThat(judgement.verdict()).isEqualTo(OutlookVerdict.UNLIKELY);
	}

	@Test
	void housingBuiltMoreSlowlyEachYearFallsShortOnTheTrendButIsDifficultNotUnlikely() {
		// 40.95 万套 in three years (13.65 a year); 11.16 a year needed for 63.27, but the
		// falling yearly amounts project 61.125
		OutlookJudge.Judgement judgement = judge(housing(), from2011(14.95, 13.9, 12.1));
		assertThat(judgement.projection().meetsTarget()).isFalse();
		assertThat(judgement.achievedRate()).isCloseTo(13.65, within(1e-9));
		assertThat(judgement.requiredRate()).isCloseTo(11.16, within(1e-9));
		assertThat(judgement.verdict()).isEqualTo(OutlookVerdict.DIFFICULT);
	}

	@Test
	void cultivatedLandHeldNowButFallingTowardsTheBoundIsDifficult() {
		// 553.5, 553.2, 553.0: held, but the trend reaches 552.48 by 2015
		OutlookJudge.Judgement judgement = judge(cultivatedLand(), from2011(553.5, 553.2, 553.0));
		assertThat(judgement.projection().level()).isCloseTo(552.4833, within(1e-4));
		assertThat(judgement.achievedRate()).isNull();
		assertThat(judgement.verdict()).isEqualTo(OutlookVerdict.DIFFICULT);
		assertThat(judge(cultivatedLand(), from2011(553.5, 553.6, 553.8)).verdict())
			.isEqualTo(OutlookVerdict.ACHIEVABLE);
		assertThat(judge(cultivatedLand(), from2011(553.5, 553.2, 552.8)).verdict()).isEqualTo(OutlookVerdict.UNLIKELY);
	}

	@Test
	void noFigureOrABrokenChainOfRatesCannotBeJudged() {
		assertThat(judge(ENERGY, List.of()).verdict()).isEqualTo(OutlookVerdict.UNKNOWN);
		List<YearFigure> gap = List.of(rate(2011, 3.0), rate(2013, 3.0));
		OutlookJudge.Judgement judgement = judge(ENERGY, gap);
		assertThat(judgement.standing().status()).isEqualTo(IndicatorStatus.MISSING_YEAR);
		assertThat(judgement.verdict()).isEqualTo(OutlookVerdict.UNKNOWN);
	}

	private static OutlookJudge.Judgement judge(IndicatorTarget target, List<YearFigure> figures) {
		return OutlookJudge.judge(TargetsInForce.of(target), figures, DEFAULTS, OutlookRule.DEFAULT);
	}

	private static List<YearFigure> rates(double... percents) {
		List<YearFigure> rates = new ArrayList<>();
		for (int i = 0; i < percents.length; i++) {
			rates.add(rate(2011 + i, percents[i]));
		}
		return rates;
	}

	private static YearFigure rate(int year, double percent) {
		return new YearFigure(year, percent, FigureForm.YEARLY_RATE);
	}

}
