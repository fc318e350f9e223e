package org.luoshi.evaluation.internal;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.luoshi.evaluation.Criterion;
import org.luoshi.evaluation.CriterionSource;
import org.luoshi.evaluation.Grade;
import org.luoshi.evaluation.GradeBands;
import org.luoshi.evaluation.Rubric;
import org.luoshi.evaluation.RubricGroup;
import org.luoshi.evaluation.ScoreBreakdown;
import org.luoshi.reporting.EntryKind;
import org.luoshi.reporting.EntryStatus;
import org.luoshi.reporting.OrganisationConduct;
import org.luoshi.reporting.TaskAccount;
import org.luoshi.reporting.Timeliness;
import org.luoshi.reporting.TimelinessStatus;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The score card's arithmetic on facts written out here, no database: rounding of a
 * share, days late down to nothing, deductions up to their limit, a missing report, a
 * veto on a named indicator, and the grade bands at their edges.
 */
class ScoreCardTests {

	static final OffsetDateTime SENT = OffsetDateTime.parse("2012-03-20T10:00:00+08:00");

	static Criterion base(String code, CriterionSource source, String points, String rate) {
		return new Criterion(code, code, source, new BigDecimal(points), (rate != null) ? new BigDecimal(rate) : null,
				null, null, null);
	}

	static Rubric rubric(Criterion... criteria) {
		return new Rubric(1, 1, 2011, RubricGroup.DEPARTMENTS, 1, List.of(criteria), GradeBands.usual(), "office",
				SENT);
	}

	static OrganisationFacts facts(Timeliness timeliness, int escalations, List<TaskAccount> tasks,
			List<OrganisationFacts.IndicatorFact> indicators) {
		return new OrganisationFacts(
				new OrganisationConduct(7, "org", "government-department", timeliness, 3, 3, 0, escalations), tasks,
				indicators, Map.of());
	}

	static Timeliness onTime() {
		return new Timeliness(7, "org", TimelinessStatus.ON_TIME, null, SENT);
	}

	@Test
	void aShareIsRoundedHalfUpToTwoDecimals() {
		// weights: own 1 completed, lead 1 lagging, shared 0.5 in progress, shared 0.5
		// blocked, own 1 not
		// started: 30 × (1 + 0.5) / (1 + 1 + 0.5 + 0.5 + 1) = 30 × 1.5 / 4 = 11.25
		List<TaskAccount> tasks = List.of(new TaskAccount(1, "1.0.1", 7, EntryKind.OWN, EntryStatus.COMPLETED),
				new TaskAccount(2, "1.0.2", 7, EntryKind.LEAD, EntryStatus.LAGGING),
				new TaskAccount(3, "1.0.3", 7, EntryKind.CONTRIBUTION, EntryStatus.IN_PROGRESS),
				new TaskAccount(4, "1.0.4", 7, EntryKind.CONTRIBUTION, EntryStatus.BLOCKED),
				new TaskAccount(5, "1.0.5", 7, EntryKind.OWN, EntryStatus.NOT_STARTED));
		ScoreBreakdown b = ScoreCard.score(rubric(base("tasks", CriterionSource.TASKS, "30", "0.5"),
				base("rest", CriterionSource.COMPLETENESS, "70", null)), facts(onTime(), 0, tasks, List.of()));
		assertThat(b.lines().get(0).points()).isEqualByComparingTo("11.25");
		// 2 indicators of 3 met: 40 × 2/3 = 26.666… → 26.67
		List<OrganisationFacts.IndicatorFact> indicators = List.of(
				new OrganisationFacts.IndicatorFact(1, "a", false, "1", "1", "achieved"),
				new OrganisationFacts.IndicatorFact(2, "b", false, "1", "1", "on-track"),
				new OrganisationFacts.IndicatorFact(3, "c", false, "1", "1", "at-risk"));
		ScoreBreakdown i = ScoreCard.score(
				rubric(base("ind", CriterionSource.INDICATORS, "40", null),
						base("rest", CriterionSource.COMPLETENESS, "60", null)),
				facts(onTime(), 0, List.of(), indicators));
		assertThat(i.lines().get(0).points()).isEqualByComparingTo("26.67");
	}

	@Test
	void daysLateCostPointsDownToNothingAndAMissingReportScoresNone() {
		Rubric r = rubric(base("time", CriterionSource.TIMELINESS, "10", "4"),
				base("rest", CriterionSource.INDICATORS, "90", null));
		Timeliness twoDays = new Timeliness(7, "org", TimelinessStatus.LATE, 2, SENT);
		Timeliness fiveDays = new Timeliness(7, "org", TimelinessStatus.LATE, 5, SENT);
		Timeliness missing = new Timeliness(7, "org", TimelinessStatus.MISSING, null, null);
		assertThat(ScoreCard.score(r, facts(twoDays, 0, List.of(), List.of())).lines().get(0).points())
			.isEqualByComparingTo("2");
		assertThat(ScoreCard.score(r, facts(fiveDays, 0, List.of(), List.of())).lines().get(0).points())
			.isEqualByComparingTo("0");
		assertThat(ScoreCard.score(r, facts(missing, 0, List.of(), List.of())).lines().get(0).points())
			.isEqualByComparingTo("0");
	}

	@Test
	void aDeductionStopsAtItsLimitAndTheTotalNeverFallsBelowZero() {
		Criterion escalations = new Criterion("esc", "esc", CriterionSource.ESCALATIONS, new BigDecimal("3"), null,
				new BigDecimal("5"), null, null);
		Rubric r = rubric(base("time", CriterionSource.TIMELINESS, "100", "10"), escalations);
		Timeliness missing = new Timeliness(7, "org", TimelinessStatus.MISSING, null, null);
		// 4 escalations × 3 = 12, limited to 5
		ScoreBreakdown b = ScoreCard.score(r, facts(onTime(), 4, List.of(), List.of()));
		assertThat(b.lines().get(1).points()).isEqualByComparingTo("-5");
		assertThat(b.total()).isEqualByComparingTo("95");
		assertThat(b.grade()).isEqualTo(Grade.EXCEEDED);
		assertThat(ScoreCard.score(r, facts(missing, 4, List.of(), List.of())).total()).isEqualByComparingTo("0");
	}

	@Test
	void aVetoOnANamedIndicatorHoldsOnlyWhenThatIndicatorIsMissed() {
		Criterion veto = new Criterion("veto", "veto", CriterionSource.VETO, null, null, null, Grade.NOT_COMPLETED,
				"耕地保有量");
		Rubric r = rubric(base("ind", CriterionSource.INDICATORS, "100", null), veto);
		OrganisationFacts missedOther = facts(onTime(), 0, List.of(),
				List.of(new OrganisationFacts.IndicatorFact(1, "耕地保有量", true, "64.9", "64.9", "achieved"),
						new OrganisationFacts.IndicatorFact(2, "森林覆盖率", false, "40", "44", "off-track")));
		// 100 × 1/2 = 50, 未完成 by its points anyway; the veto does not hold
		assertThat(ScoreCard.score(r, missedOther).cap()).isNull();
		OrganisationFacts missedLand = facts(onTime(), 0, List.of(),
				List.of(new OrganisationFacts.IndicatorFact(1, "耕地保有量", true, "64.5", "64.9", "off-track")));
		ScoreBreakdown b = ScoreCard.score(r, missedLand);
		assertThat(b.cap()).isEqualTo(Grade.NOT_COMPLETED);
		assertThat(b.lines().get(1).vetoed()).isTrue();
	}

	@Test
	void theGradeBandsHoldAtTheirEdges() {
		GradeBands bands = GradeBands.usual();
		assertThat(bands.of(new BigDecimal("95.00"))).isEqualTo(Grade.EXCEEDED);
		assertThat(bands.of(new BigDecimal("94.99"))).isEqualTo(Grade.COMPLETED);
		assertThat(bands.of(new BigDecimal("80"))).isEqualTo(Grade.COMPLETED);
		assertThat(bands.of(new BigDecimal("79.99"))).isEqualTo(Grade.BASICALLY_COMPLETED);
		assertThat(bands.of(new BigDecimal("60"))).isEqualTo(Grade.BASICALLY_COMPLETED);
		assertThat(bands.of(new BigDecimal("59.99"))).isEqualTo(Grade.NOT_COMPLETED);
		assertThat(Grade.EXCEEDED.atMost(Grade.BASICALLY_COMPLETED)).isEqualTo(Grade.BASICALLY_COMPLETED);
		assertThat(Grade.NOT_COMPLETED.atMost(Grade.BASICALLY_COMPLETED)).isEqualTo(Grade.NOT_COMPLETED);
	}

}
