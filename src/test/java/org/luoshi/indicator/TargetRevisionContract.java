package org.luoshi.indicator;

import java.math.BigDecimal;
import java.util.function.Supplier;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.luoshi.plan.PlanRegister;
import org.luoshi.security.Actor;
import org.luoshi.security.CurrentActor;
import org.luoshi.security.Role;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.transaction.annotation.Transactional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.tuple;
import static org.assertj.core.api.Assertions.within;

/**
 * Revising energy per unit of GDP from −16 % to −14 % from 2013, as a mid-term evaluation
 * may conclude, and the mid-term outlook on a real database: the office proposes with a
 * reason, a leader decides, each year is judged against the target in force that year and
 * the old target stays in the history. Runs on H2 and PostgreSQL (see the two
 * subclasses); every test rolls back.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.NONE, properties = "luoshi.demo.enabled=true")
@Transactional
abstract class TargetRevisionContract {

	private static final Actor OFFICE = new Actor(1, "office", "规划办", Role.OFFICE, null);

	private static final Actor LEADER = new Actor(4, "leader", "省政府领导", Role.LEADER, null);

	@Autowired
	TargetRevisions revisions;

	@Autowired
	IndicatorOutlooks outlooks;

	@Autowired
	Indicators indicators;

	@Autowired
	IndicatorFigures figures;

	@Autowired
	PlanRegister plans;

	@Autowired
	CurrentActor actors;

	private long energy;

	/** Energy per unit of GDP from 1.0 in 2010: 0.97, 0.95 and 0.93 in 2011–2013. */
	@BeforeEach
	void energyWithThreeYearsOfFigures() {
		IndicatorSummary summary = seed().indicator("单位地区生产总值能源消耗");
		this.energy = summary.id();
		as(OFFICE, () -> this.indicators.complete(this.energy, summary.version(),
				new IndicatorCompletion(2010, new BigDecimal("1.0"), null, null, null, null)));
		for (String[] figure : new String[][] { { "2011", "0.97" }, { "2012", "0.95" }, { "2013", "0.93" } }) {
			as(OFFICE, () -> this.figures.enter(this.energy,
					new FigureInput(null, Integer.valueOf(figure[0]), figure[1], "最终", "统计公报", null)));
		}
	}

	@Test
	void anApprovedRevisionChangesTheYearsAfterItAndKeepsTheOldTargetInTheHistory() {
		IndicatorDetail before = this.indicators.get(this.energy);
		// 5 % of 16 % by 2012, 7 % of 16 % by 2013
		assertThat(before.standings()).extracting(IndicatorStanding::year, TargetRevisionContract::progress)
			.containsExactly(tuple(2011, 0.1875), tuple(2012, 0.3125), tuple(2013, 0.4375));

		TargetRevision proposed = as(OFFICE, () -> this.revisions.propose(this.energy,
				new TargetProposal(new BigDecimal("14"), null, 2013, "国家下达我省“十二五”节能目标调整为14%")));
		assertThat(proposed.state()).isEqualTo(RevisionState.PROPOSED);
		// nothing holds before a leader approves
		assertThat(this.indicators.get(this.energy).indicator().currentTarget()).isEqualByComparingTo("16");

		TargetRevision approved = as(LEADER, () -> this.revisions.approve(proposed.id(), proposed.version()));
		assertThat(approved.state()).isEqualTo(RevisionState.APPROVED);
		assertThat(approved.decidedBy()).isEqualTo("leader");

		IndicatorDetail after = this.indicators.get(this.energy);
		// 2011 and 2012 still against 16 %, 2013 against 14 %: 7 / 14 = 0.5
		assertThat(after.standings()).extracting(IndicatorStanding::year, TargetRevisionContract::progress)
			.containsExactly(tuple(2011, 0.1875), tuple(2012, 0.3125), tuple(2013, 0.5));
		assertThat(after.indicator().standing().progress()).isCloseTo(0.5, within(1e-9));
		assertThat(after.indicator().target()).isEqualByComparingTo("16");
		assertThat(after.indicator().currentTarget()).isEqualByComparingTo("14");
		assertThat(after.indicator().targetRevised()).isTrue();
		assertThat(after.targets())
			.extracting(TargetVersion::fromYear, (t) -> t.target().toPlainString(), TargetVersion::reason,
					TargetVersion::approvedBy)
			.containsExactly(tuple(2011, "16", null, null), tuple(2013, "14", "国家下达我省“十二五”节能目标调整为14%", "leader"));
		// the expected path jumps to the 14 % path from 2013: 1 − 0.86^(3/5)
		assertThat(after.path().get(2).expected()).isCloseTo(Math.pow(0.84, 0.4), within(1e-9));
		assertThat(after.path().get(3).expected()).isCloseTo(Math.pow(0.86, 0.6), within(1e-9));
	}

	@Test
	void aRevisionNeedsItsReasonAYearOfThePlanAndALeaderToApproveIt() {
		assertThatExceptionOfType(TargetRevisionRefusal.RevisionReasonMissing.class).isThrownBy(() -> as(OFFICE,
				() -> this.revisions.propose(this.energy, new TargetProposal(new BigDecimal("14"), null, 2013, " "))));
		assertThatExceptionOfType(TargetRevisionRefusal.RevisionYearOutsidePeriod.class).isThrownBy(() -> as(OFFICE,
				() -> this.revisions.propose(this.energy, new TargetProposal(new BigDecimal("14"), null, 2016, "调整"))));
		assertThatExceptionOfType(IndicatorRefusal.NotYourStep.class).isThrownBy(() -> as(LEADER,
				() -> this.revisions.propose(this.energy, new TargetProposal(new BigDecimal("14"), null, 2013, "调整"))));
		TargetRevision proposed = as(OFFICE, () -> this.revisions.propose(this.energy,
				new TargetProposal(new BigDecimal("14"), null, 2013, "中期评估建议调整")));
		assertThatExceptionOfType(TargetRevisionRefusal.RevisionAlreadyOpen.class)
			.isThrownBy(() -> as(OFFICE, () -> this.revisions.propose(this.energy,
					new TargetProposal(new BigDecimal("15"), null, 2014, "再调整"))));
		// the office does not approve its own proposal
		assertThatExceptionOfType(IndicatorRefusal.NotYourStep.class)
			.isThrownBy(() -> as(OFFICE, () -> this.revisions.approve(proposed.id(), null)));
		assertThatExceptionOfType(TargetRevisionRefusal.RevisionReturnReasonMissing.class)
			.isThrownBy(() -> as(LEADER, () -> this.revisions.giveBack(proposed.id(), null, "")));
		TargetRevision returned = as(LEADER,
				() -> this.revisions.giveBack(proposed.id(), proposed.version(), "待国家正式下达后再调整"));
		assertThat(returned.state()).isEqualTo(RevisionState.RETURNED);
		assertThat(returned.returnReason()).isEqualTo("待国家正式下达后再调整");
		assertThatExceptionOfType(TargetRevisionRefusal.RevisionNotOpen.class)
			.isThrownBy(() -> as(LEADER, () -> this.revisions.approve(proposed.id(), null)));
		// returned, it changes nothing
		IndicatorDetail detail = this.indicators.get(this.energy);
		assertThat(detail.targets()).hasSize(1);
		assertThat(detail.revisions()).extracting(TargetRevision::state).containsExactly(RevisionState.RETURNED);
		assertThat(detail.indicator().standing().progress()).isCloseTo(0.4375, within(1e-9));
	}

	@Test
	void theMidTermOutlookJudgesThe2013FiguresAgainstTheTargetInForce() {
		MidtermYear midterm = this.outlooks.midtermYear(seed().planId());
		assertThat(midterm.year()).isEqualTo(2013);
		assertThat(midterm.set()).isFalse();
		IndicatorOutlook outlook = energyOutlook(this.outlooks.of(seed().planId()));
		// 2.39 % a year so far; 1 − √(0.84 / 0.93) = 4.96 % a year needed: over 1.5 times
		assertThat(outlook.latestYear()).isEqualTo(2013);
		assertThat(outlook.projection().level()).isCloseTo(0.882, within(1e-9));
		assertThat(outlook.achievedRate()).isCloseTo(2.3899992, within(1e-6));
		assertThat(outlook.requiredRate()).isCloseTo(4.9618073, within(1e-6));
		assertThat(outlook.verdict()).isEqualTo(OutlookVerdict.UNLIKELY);
		// on the 2012 figures alone: 2.53 % a year so far, 1 − (0.84 / 0.95)^(1/3) = 4.02
		// % needed
		IndicatorOutlook earlier = energyOutlook(this.outlooks.of(seed().planId(), 2012));
		assertThat(earlier.latestYear()).isEqualTo(2012);
		assertThat(earlier.requiredRate()).isCloseTo((1 - Math.cbrt(0.84 / 0.95)) * 100, within(1e-9));

		TargetRevision proposed = as(OFFICE, () -> this.revisions.propose(this.energy,
				new TargetProposal(new BigDecimal("12"), null, 2013, "中期评估调整")));
		as(LEADER, () -> this.revisions.approve(proposed.id(), null));
		// 11.8 % on the trend meets no 12 % either, but 1 − √(0.88 / 0.93) = 2.73 % a
		// year is
		// within 1.5 times the 2.39 % so far
		IndicatorOutlook revised = energyOutlook(this.outlooks.of(seed().planId()));
		assertThat(revised.target()).isEqualByComparingTo("12");
		assertThat(revised.requiredRate()).isCloseTo((1 - Math.sqrt(0.88 / 0.93)) * 100, within(1e-9));
		assertThat(revised.verdict()).isEqualTo(OutlookVerdict.DIFFICULT);

		MidtermYear set = as(OFFICE, () -> this.outlooks.setMidtermYear(seed().planId(), 2014, 0));
		assertThat(set).isEqualTo(new MidtermYear(seed().planId(), 2014, true, 1));
		assertThat(this.outlooks.of(seed().planId()).year()).isEqualTo(2014);
		assertThatExceptionOfType(IndicatorRefusal.NotYourStep.class)
			.isThrownBy(() -> as(LEADER, () -> this.outlooks.setMidtermYear(seed().planId(), 2013, 1)));
	}

	/**
	 * Progress to six decimals: the figures are exact, their quotients in binary are not.
	 */
	private static double progress(IndicatorStanding standing) {
		return Math.round(standing.progress() * 1e6) / 1e6;
	}

	private IndicatorOutlook energyOutlook(PlanOutlook plan) {
		return plan.indicators().stream().filter((o) -> o.indicatorId() == this.energy).findFirst().orElseThrow();
	}

	private <T> T as(Actor actor, Supplier<T> work) {
		return this.actors.actingAs(actor, work);
	}

	private SeedIndicators seed() {
		return new SeedIndicators(this.indicators, this.plans);
	}

}
