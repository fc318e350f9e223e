package org.luoshi.indicator;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.luoshi.indicator.internal.DecompositionStore;
import org.luoshi.indicator.internal.DecompositionViews;
import org.luoshi.indicator.internal.IndicatorAccess;
import org.luoshi.indicator.internal.IndicatorRecord;
import org.luoshi.indicator.internal.IndicatorStore;
import org.luoshi.indicator.internal.MeasureUnits;
import org.luoshi.indicator.internal.Regions;

import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Splitting a provincial target among the cities (指标分解): the lead department drafts a
 * target for every city of the province, submits it — refused if the city targets fall
 * short of the provincial one — the planning office approves it, the provincial
 * government issues it; at any step before issue it may be returned with a reason. Every
 * step is recorded with who, when and why. Only the lead organisation's reporters (or the
 * office) draft, save and submit; only the office approves, returns and issues.
 */
@Service
@Transactional(readOnly = true)
public class Decompositions {

	private final DecompositionStore decompositions;

	private final DecompositionViews views;

	private final IndicatorStore indicators;

	private final Regions regions;

	private final IndicatorAccess access;

	private final Clock clock;

	private final MeasureUnits units = MeasureUnits.load();

	Decompositions(DecompositionStore decompositions, DecompositionViews views, IndicatorStore indicators,
			Regions regions, IndicatorAccess access, Clock clock) {
		this.access = access;
		this.decompositions = decompositions;
		this.views = views;
		this.indicators = indicators;
		this.regions = regions;
		this.clock = clock;
	}

	/**
	 * Drafts a split with one share per city of the indicator's province, targets still
	 * empty.
	 * @throws IndicatorRefusal.NotYourIndicator for a reporter of another organisation
	 */
	@Transactional
	public Decomposition create(long indicatorId) {
		IndicatorRecord indicator = indicator(indicatorId);
		String actor = this.access.draftSplit(indicator).username();
		if (!indicator.toDecompose()) {
			throw new DecompositionRefusal.IndicatorNotForDecomposition(indicator.name());
		}
		this.decompositions.ofIndicator(indicatorId)
			.stream()
			.filter((d) -> d.state().open())
			.findFirst()
			.ifPresent((d) -> {
				throw new DecompositionRefusal.DecompositionAlreadyOpen(indicator.name(), d.id());
			});
		List<Regions.City> cities = (indicator.regionId() != null) ? this.regions.citiesOf(indicator.regionId())
				: List.of();
		if (cities.isEmpty()) {
			throw new DecompositionRefusal.NoCitiesToSplitAmong(indicator.name());
		}
		CheckMethod method = this.units.additive(indicator.unit()) ? CheckMethod.SUM : CheckMethod.WEIGHTED;
		long id = this.decompositions.insert(indicatorId, method, actor, now());
		for (int i = 0; i < cities.size(); i++) {
			this.decompositions.addShare(id, cities.get(i), i);
		}
		this.decompositions.addStep(id, null, DecompositionState.DRAFT, null, actor, now());
		return get(id);
	}

	/**
	 * Sets city targets and weights of a draft (or returned) split still at the version
	 * the caller saw.
	 */
	@Transactional
	public Decomposition updateShares(long id, int expectedVersion, List<ShareEntry> entries) {
		DecompositionStore.Stored stored = stored(id);
		this.access.draftSplit(indicator(stored.indicatorId()));
		if (!stored.state().editable()) {
			throw new DecompositionRefusal.DecompositionNotEditable(stored.state());
		}
		if (stored.version() != expectedVersion
				|| !this.decompositions.move(id, expectedVersion, stored.state(), stored.returnedReason())) {
			throw new OptimisticLockingFailureException(
					"Decomposition " + id + " is at version " + stored.version() + ", not " + expectedVersion);
		}
		Map<Long, DecompositionStore.Share> shares = this.decompositions.shares(id)
			.stream()
			.collect(Collectors.toMap(DecompositionStore.Share::organisationId, Function.identity()));
		for (ShareEntry entry : entries) {
			DecompositionStore.Share share = shares.get(entry.organisationId());
			if (share == null) {
				throw new DecompositionRefusal.NotACityOfTheSplit(entry.organisationId());
			}
			this.decompositions.updateShare(id, entry.organisationId(),
					(entry.target() != null) ? entry.target() : share.target(),
					(entry.weight() != null) ? entry.weight() : share.weight());
		}
		return get(id);
	}

	/**
	 * @throws DecompositionRefusal.CityTargetsMissing while a city lacks a target or
	 * weight
	 * @throws DecompositionRefusal.ShortfallRefused when the city targets fall short
	 */
	@Transactional
	public Decomposition submit(long id) {
		return submit(stored(id));
	}

	/**
	 * Submits the split if it is still at the version the caller saw.
	 * @throws OptimisticLockingFailureException when it changed in between
	 */
	@Transactional
	public Decomposition submit(long id, int expectedVersion) {
		return submit(seen(id, expectedVersion));
	}

	private Decomposition submit(DecompositionStore.Stored stored) {
		String actor = this.access.draftSplit(indicator(stored.indicatorId())).username();
		DecompositionState next = stored.state().submit();
		Decomposition current = get(stored.id());
		DecompositionCheck check = current.check();
		if (!check.missingTargets().isEmpty() || !check.missingWeights().isEmpty()) {
			throw new DecompositionRefusal.CityTargetsMissing(check.missingTargets(), check.missingWeights());
		}
		if (!check.passes()) {
			throw new DecompositionRefusal.ShortfallRefused(check,
					(check.method() == CheckMethod.WEIGHTED) ? "%" : current.unit());
		}
		return move(stored, next, null, actor);
	}

	@Transactional
	public Decomposition approve(long id) {
		String actor = review();
		DecompositionStore.Stored stored = stored(id);
		return move(stored, stored.state().approve(), null, actor);
	}

	/**
	 * Approves the split if it is still at the version the caller saw.
	 * @throws OptimisticLockingFailureException when it changed in between
	 */
	@Transactional
	public Decomposition approve(long id, int expectedVersion) {
		String actor = review();
		DecompositionStore.Stored stored = seen(id, expectedVersion);
		return move(stored, stored.state().approve(), null, actor);
	}

	@Transactional
	public Decomposition issue(long id) {
		String actor = review();
		DecompositionStore.Stored stored = stored(id);
		return move(stored, stored.state().issue(), null, actor);
	}

	/**
	 * Issues the split if it is still at the version the caller saw.
	 * @throws OptimisticLockingFailureException when it changed in between
	 */
	@Transactional
	public Decomposition issue(long id, int expectedVersion) {
		String actor = review();
		DecompositionStore.Stored stored = seen(id, expectedVersion);
		return move(stored, stored.state().issue(), null, actor);
	}

	/** Returns a submitted or approved split to the lead department, saying why. */
	@Transactional
	public Decomposition giveBack(long id, String reason) {
		return giveBack(stored(id), reason, review());
	}

	/**
	 * Returns the split, saying why, if it is still at the version the caller saw.
	 * @throws OptimisticLockingFailureException when it changed in between
	 */
	@Transactional
	public Decomposition giveBack(long id, int expectedVersion, String reason) {
		String actor = review();
		return giveBack(seen(id, expectedVersion), reason, actor);
	}

	private Decomposition giveBack(DecompositionStore.Stored stored, String reason, String actor) {
		DecompositionState next = stored.state().giveBack();
		if (reason == null || reason.isBlank()) {
			throw new DecompositionRefusal.ReturnReasonRequired();
		}
		return move(stored, next, reason.strip(), actor);
	}

	/**
	 * What the check would say if the city targets were as entered, nothing stored: the
	 * lead department sees the sum or weighted average change as it types. An entry left
	 * empty counts as the stored value, as {@link #updateShares} would keep it.
	 */
	public DecompositionCheck check(long id, List<ShareEntry> entries) {
		DecompositionStore.Stored stored = stored(id);
		IndicatorRecord indicator = indicator(stored.indicatorId());
		this.access.draftSplit(indicator);
		Map<Long, ShareEntry> entered = entries.stream()
			.collect(Collectors.toMap(ShareEntry::organisationId, Function.identity(), (a, b) -> b));
		List<CityShare> shares = this.views.shares(id).stream().map((share) -> {
			ShareEntry entry = entered.get(share.organisationId());
			if (entry == null) {
				return share;
			}
			return new CityShare(share.organisationId(), share.organisation(), share.regionId(), share.region(),
					(entry.target() != null) ? entry.target() : share.target(),
					(entry.weight() != null) ? entry.weight() : share.weight());
		}).toList();
		return DecompositionCheck.of(stored.method(), indicator.kind(), indicator.target(), shares);
	}

	public Decomposition get(long id) {
		DecompositionStore.Stored stored = stored(id);
		return this.views.view(stored, indicator(stored.indicatorId()));
	}

	public List<Decomposition> ofIndicator(long indicatorId) {
		IndicatorRecord indicator = indicator(indicatorId);
		return this.decompositions.ofIndicator(indicatorId).stream().map((d) -> this.views.view(d, indicator)).toList();
	}

	/**
	 * The steps the signed-in user may take now on the indicator's splits, with the split
	 * a page shows (null: the newest).
	 */
	public AllowedSplitSteps allowedSteps(long indicatorId, Long shownId) {
		IndicatorRecord indicator = indicator(indicatorId);
		List<DecompositionStore.Stored> splits = this.decompositions.ofIndicator(indicatorId);
		DecompositionState latest = splits.isEmpty() ? null : splits.get(splits.size() - 1).state();
		DecompositionState shown = (shownId == null) ? latest
				: splits.stream()
					.filter((d) -> d.id() == shownId)
					.map(DecompositionStore.Stored::state)
					.findFirst()
					.orElse(null);
		return this.access.splitSteps(indicator, latest, shown);
	}

	/** Only the office reviews: approves, returns, issues. */
	private String review() {
		return this.access.office(IndicatorStep.REVIEW_SPLIT).username();
	}

	private Decomposition move(DecompositionStore.Stored stored, DecompositionState next, String reason, String actor) {
		String returned = (next == DecompositionState.RETURNED) ? reason : stored.returnedReason();
		if (!this.decompositions.move(stored.id(), stored.version(), next, returned)) {
			throw new DecompositionRefusal.DecompositionChangedMeanwhile(stored.id());
		}
		this.decompositions.addStep(stored.id(), stored.state(), next, reason, actor, now());
		return get(stored.id());
	}

	private DecompositionStore.Stored seen(long id, int expectedVersion) {
		DecompositionStore.Stored stored = stored(id);
		if (stored.version() != expectedVersion) {
			throw new OptimisticLockingFailureException(
					"Decomposition " + id + " is at version " + stored.version() + ", not " + expectedVersion);
		}
		return stored;
	}

	private DecompositionStore.Stored stored(long id) {
		return this.decompositions.find(id).orElseThrow(() -> new DecompositionRefusal.DecompositionNotFound(id));
	}

	private IndicatorRecord indicator(long id) {
		return this.indicators.find(id).orElseThrow(() -> new IndicatorRefusal.IndicatorNotFound(id));
	}

	private OffsetDateTime now() {
		return OffsetDateTime.now(this.clock);
	}

}
