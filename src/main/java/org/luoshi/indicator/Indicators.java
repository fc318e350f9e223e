package org.luoshi.indicator;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;

import org.luoshi.indicator.internal.ChangeStore;
import org.luoshi.indicator.internal.IndicatorAccess;
import org.luoshi.indicator.internal.IndicatorRecord;
import org.luoshi.indicator.internal.IndicatorStore;
import org.luoshi.indicator.internal.IndicatorViews;
import org.luoshi.indicator.internal.Regions;
import org.luoshi.indicator.internal.ThresholdStore;
import org.luoshi.plan.PlanRegister;

import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A plan's indicators with where each stands, one indicator with its path and projection,
 * the office's completion of what the notice left out (the baseline, above all), and the
 * plan's status thresholds.
 */
@Service
@Transactional(readOnly = true)
public class Indicators {

	private final IndicatorStore indicators;

	private final IndicatorViews views;

	private final ThresholdStore thresholds;

	private final ChangeStore changes;

	private final Regions regions;

	private final PlanRegister plans;

	private final IndicatorAccess access;

	private final Clock clock;

	Indicators(IndicatorStore indicators, IndicatorViews views, ThresholdStore thresholds, ChangeStore changes,
			Regions regions, PlanRegister plans, IndicatorAccess access, Clock clock) {
		this.access = access;
		this.indicators = indicators;
		this.views = views;
		this.thresholds = thresholds;
		this.changes = changes;
		this.regions = regions;
		this.plans = plans;
		this.clock = clock;
	}

	/**
	 * @throws org.luoshi.plan.RegisterRefusal.PlanNotFound if no plan has the id
	 */
	public List<IndicatorSummary> ofPlan(long planId) {
		this.plans.plan(planId);
		return this.views.summaries(this.indicators.ofPlan(planId));
	}

	public IndicatorDetail get(long id) {
		return this.views.detail(require(id));
	}

	/**
	 * Completes or corrects the indicator if it is still at the version the caller saw;
	 * every changed field goes into its history.
	 * @throws OptimisticLockingFailureException when it changed in between
	 * @throws IndicatorRefusal.NotYourStep for anybody but the office
	 */
	@Transactional
	public IndicatorDetail complete(long id, int expectedVersion, IndicatorCompletion completion) {
		String actor = this.access.office(IndicatorStep.COMPLETE).username();
		IndicatorRecord before = require(id);
		if (before.version() != expectedVersion) {
			throw new OptimisticLockingFailureException(
					"Indicator " + id + " is at version " + before.version() + ", not " + expectedVersion);
		}
		IndicatorRecord after = completed(before, completion);
		if (!this.indicators.complete(after, expectedVersion)) {
			throw new OptimisticLockingFailureException("Indicator " + id + " changed while being completed");
		}
		OffsetDateTime now = OffsetDateTime.now(this.clock);
		this.changes.record(id, "baselineYear", before.baselineYear(), after.baselineYear(), actor, now);
		this.changes.record(id, "baselineValue", before.baselineValue(), after.baselineValue(), actor, now);
		this.changes.record(id, "target", before.target(), after.target(), actor, now);
		this.changes.record(id, "targetUpper", before.targetUpper(), after.targetUpper(), actor, now);
		this.changes.record(id, "targetYear", before.targetYear(), after.targetYear(), actor, now);
		this.changes.record(id, "regionId", before.regionId(), after.regionId(), actor, now);
		return get(id);
	}

	public PlanThresholds thresholds(long planId) {
		this.plans.plan(planId);
		return this.thresholds.find(planId)
			.map((s) -> new PlanThresholds(planId, s.thresholds().onTrackPoints(), s.thresholds().atRiskPoints(),
					s.version()))
			.orElse(new PlanThresholds(planId, StatusThresholds.DEFAULTS.onTrackPoints(),
					StatusThresholds.DEFAULTS.atRiskPoints(), 0));
	}

	/**
	 * @throws OptimisticLockingFailureException when the thresholds changed since the
	 * caller read them
	 * @throws IndicatorRefusal.NotYourStep for anybody but the office
	 */
	@Transactional
	public PlanThresholds setThresholds(long planId, int expectedVersion, StatusThresholds thresholds) {
		String actor = this.access.office(IndicatorStep.SET_THRESHOLDS).username();
		this.plans.plan(planId);
		if (!this.thresholds.save(planId, thresholds, expectedVersion, actor, OffsetDateTime.now(this.clock))) {
			throw new OptimisticLockingFailureException("The thresholds of plan " + planId + " changed");
		}
		return thresholds(planId);
	}

	/**
	 * What the signed-in user may change about the indicator, or with none given about
	 * the plan's indicators as a whole (files, thresholds).
	 */
	public AllowedIndicatorSteps allowedSteps(Long indicatorId) {
		return this.access.indicatorSteps((indicatorId != null) ? require(indicatorId) : null);
	}

	private IndicatorRecord completed(IndicatorRecord r, IndicatorCompletion c) {
		Integer baselineYear = (c.baselineYear() != null) ? c.baselineYear() : r.baselineYear();
		Integer targetYear = (c.targetYear() != null) ? c.targetYear() : r.targetYear();
		if (baselineYear != null && targetYear != null && baselineYear >= targetYear) {
			throw new IndicatorRefusal.BaselineNotBeforeTarget(baselineYear, targetYear);
		}
		if (c.regionId() != null && this.regions.find(c.regionId()).isEmpty()) {
			throw new IndicatorRefusal.UnknownRegion(c.regionId());
		}
		IndicatorRecord after = new IndicatorRecord(r.id(), r.planId(), r.name(), r.binding(), r.kind(), r.unit(),
				baselineYear, (c.baselineValue() != null) ? c.baselineValue() : r.baselineValue(),
				(c.target() != null) ? c.target() : r.target(),
				(c.targetUpper() != null) ? c.targetUpper() : r.targetUpper(), targetYear, r.taskId(),
				r.leadOrganisationId(), (c.regionId() != null) ? c.regionId() : r.regionId(), r.toDecompose(),
				r.position(), r.sourceLine(), r.version());
		if (after.targetUpper() != null && after.targetUpper().compareTo(after.target()) < 0) {
			throw new IndicatorRefusal.RangeUpsideDown(after.target(), after.targetUpper());
		}
		return after;
	}

	IndicatorRecord require(long id) {
		return this.indicators.find(id).orElseThrow(() -> new IndicatorRefusal.IndicatorNotFound(id));
	}

}
