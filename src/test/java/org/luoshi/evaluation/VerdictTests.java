package org.luoshi.evaluation;

import org.junit.jupiter.api.Test;
import org.luoshi.indicator.IndicatorStanding;
import org.luoshi.indicator.IndicatorStatus;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The verdict words on the indicator module's assessment, at the edges of the plan's
 * margins (5 points on track, 15 at risk).
 */
class VerdictTests {

	private static Verdict path(IndicatorStatus status, double gap, int year) {
		return Verdict.of(new IndicatorStanding(year, 1.0, 0.2 + gap / 100, 0.2, 1.0, gap, status, null, null), false,
				2015, 5);
	}

	@Test
	void aGapOfExactlyTheOnTrackMarginAheadIsFasterThanExpected() {
		assertThat(path(IndicatorStatus.ON_TRACK, 5.0, 2011)).isEqualTo(Verdict.FASTER);
		assertThat(path(IndicatorStatus.ON_TRACK, 4.9, 2011)).isEqualTo(Verdict.ON_SCHEDULE);
	}

	@Test
	void withinTheMarginBehindIsOnScheduleBeyondItLaggingBeyondTheAtRiskMarginSeriouslyLagging() {
		assertThat(path(IndicatorStatus.ON_TRACK, -5.0, 2011)).isEqualTo(Verdict.ON_SCHEDULE);
		assertThat(path(IndicatorStatus.AT_RISK, -5.1, 2011)).isEqualTo(Verdict.LAGGING);
		assertThat(path(IndicatorStatus.AT_RISK, -15.0, 2011)).isEqualTo(Verdict.LAGGING);
		assertThat(path(IndicatorStatus.OFF_TRACK, -15.1, 2011)).isEqualTo(Verdict.SERIOUSLY_LAGGING);
	}

	@Test
	void aTargetMetBeforeItsYearIsAheadAndInItsYearCompleted() {
		assertThat(path(IndicatorStatus.ACHIEVED, 80, 2013)).isEqualTo(Verdict.AHEAD);
		assertThat(path(IndicatorStatus.ACHIEVED, 0, 2015)).isEqualTo(Verdict.COMPLETED);
	}

	@Test
	void aConstraintThatHoldsIsOnScheduleAndOneBrokenSeriouslyLagging() {
		IndicatorStanding holds = new IndicatorStanding(2012, 553.6, 1.0, 0.4, 553.0, null, IndicatorStatus.ACHIEVED,
				null, null);
		IndicatorStanding broken = new IndicatorStanding(2012, 552.0, 0.0, 0.4, 553.0, null, IndicatorStatus.OFF_TRACK,
				null, null);
		assertThat(Verdict.of(holds, true, 2015, 5)).isEqualTo(Verdict.ON_SCHEDULE);
		assertThat(Verdict.of(broken, true, 2015, 5)).isEqualTo(Verdict.SERIOUSLY_LAGGING);
		assertThat(Verdict.of(
				new IndicatorStanding(2015, 553.6, 1.0, 1.0, 553.0, null, IndicatorStatus.ACHIEVED, null, null), true,
				2015, 5))
			.isEqualTo(Verdict.COMPLETED);
	}

	@Test
	void noFigureOrNoBaselineIsNoData() {
		assertThat(
				Verdict.of(new IndicatorStanding(null, null, null, 0, null, null, IndicatorStatus.NO_DATA, null, null),
						false, 2015, 5))
			.isEqualTo(Verdict.NO_DATA);
		assertThat(Verdict.of(
				new IndicatorStanding(2011, 9.3, null, 0.2, null, null, IndicatorStatus.NO_BASELINE, null, null), false,
				2015, 5))
			.isEqualTo(Verdict.NO_DATA);
	}

}
