package org.luoshi.indicator.internal;

import java.util.List;

import org.luoshi.indicator.AllowedIndicatorSteps;
import org.luoshi.indicator.AllowedSplitSteps;
import org.luoshi.indicator.DecompositionState;
import org.luoshi.indicator.IndicatorRefusal;
import org.luoshi.indicator.IndicatorStep;
import org.luoshi.security.Actor;
import org.luoshi.security.CurrentActor;
import org.luoshi.security.Role;

import org.springframework.stereotype.Component;

/**
 * Who may do what with indicators, decided in the services for every page and API call.
 * The notice has the responsible department propose a split and the provincial government
 * review and issue it: the reporters of the indicator's lead organisation (or the office,
 * for a department without users) draft, save and submit; only the office approves,
 * returns and issues. Figures are entered by the office and by the reporters of an
 * organisation that answers for the indicator; baselines, thresholds and files are the
 * office's; a revised target is proposed by the office and approved by a leader.
 * Everybody signed in reads.
 */
@Component
public class IndicatorAccess {

	private final CurrentActor actors;

	private final IndicatorStore indicators;

	private final Regions regions;

	IndicatorAccess(CurrentActor actors, IndicatorStore indicators, Regions regions) {
		this.actors = actors;
		this.indicators = indicators;
		this.regions = regions;
	}

	/** The user name to record for a change: the signed-in user's. */
	public String name() {
		return this.actors.name();
	}

	/**
	 * @throws IndicatorRefusal.NotYourStep for an approver or leader
	 * @throws IndicatorRefusal.NotYourIndicator for a reporter of an organisation that
	 * does not lead the indicator
	 */
	public Actor draftSplit(IndicatorRecord indicator) {
		return answering(indicator, IndicatorStep.DRAFT_SPLIT, leads(indicator));
	}

	/**
	 * @throws IndicatorRefusal.NotYourStep for an approver or leader
	 * @throws IndicatorRefusal.NotYourIndicator for a reporter of an organisation that
	 * does not answer for it
	 */
	public Actor enterFigure(IndicatorRecord indicator) {
		return answering(indicator, IndicatorStep.ENTER_FIGURE, answering(indicator));
	}

	/**
	 * Who enters a figure for a region: the office any; a reporter only its
	 * organisation's share — a city's figure the city government's reporters (or those of
	 * the organisation leading the indicator, which splits it among the cities and
	 * follows their shares), the indicator's own region's figure the reporters of an
	 * organisation answering for it.
	 * @param region the figure's region, as {@link FigureCheck#region} settled it
	 * @throws IndicatorRefusal.NotYourStep for an approver or leader
	 * @throws IndicatorRefusal.NotYourIndicator for a reporter of an organisation that
	 * does not answer for it
	 * @throws IndicatorRefusal.NotYourRegion for a reporter entering another region's
	 * figure
	 */
	public Actor enterFigure(IndicatorRecord indicator, Long region) {
		Actor actor = this.actors.current();
		if (actor.isOffice() || region == null || region.equals(indicator.regionId())) {
			return enterFigure(indicator);
		}
		if (actor.role() != Role.REPORTER) {
			throw new IndicatorRefusal.NotYourStep(actor.role(), IndicatorStep.ENTER_FIGURE);
		}
		Regions.City city = this.regions.citiesOf(indicator.regionId())
			.stream()
			.filter((c) -> c.regionId() == region)
			.findFirst()
			.orElse(null);
		boolean own = city != null && actor.actsFor(city.organisationId());
		if (!own && (city == null || leads(indicator).stream().noneMatch(actor::actsFor))) {
			String name = (city != null) ? city.region() : String.valueOf(region);
			throw new IndicatorRefusal.NotYourRegion(indicator.name(), name);
		}
		return actor;
	}

	/**
	 * The office's own steps: reviewing splits, completing baselines, thresholds, files,
	 * proposing revised targets.
	 * @throws IndicatorRefusal.NotYourStep for anybody else
	 */
	public Actor office(IndicatorStep step) {
		Actor actor = this.actors.current();
		if (!actor.isOffice()) {
			throw new IndicatorRefusal.NotYourStep(actor.role(), step);
		}
		return actor;
	}

	/**
	 * A leader's step: approving or returning the office's revised target.
	 * @throws IndicatorRefusal.NotYourStep for anybody else
	 */
	public Actor leader(IndicatorStep step) {
		Actor actor = this.actors.current();
		if (!actor.isLeader()) {
			throw new IndicatorRefusal.NotYourStep(actor.role(), step);
		}
		return actor;
	}

	/**
	 * The steps of a split the signed-in user may take now.
	 * @param latest the indicator's newest split's state, null if none
	 * @param shown the state of the split the page shows, null if none
	 */
	public AllowedSplitSteps splitSteps(IndicatorRecord indicator, DecompositionState latest,
			DecompositionState shown) {
		boolean drafts = may(indicator, leads(indicator));
		boolean reviews = this.actors.find().map(Actor::isOffice).orElse(false);
		boolean editable = shown != null && shown.editable();
		return new AllowedSplitSteps(drafts && indicator.toDecompose() && (latest == null || !latest.open()),
				drafts && editable, drafts && editable, reviews && shown == DecompositionState.SUBMITTED,
				reviews && (shown == DecompositionState.SUBMITTED || shown == DecompositionState.APPROVED),
				reviews && shown == DecompositionState.APPROVED);
	}

	/**
	 * What the signed-in user may change about the indicator (null: only the plan's
	 * settings and files).
	 */
	public AllowedIndicatorSteps indicatorSteps(IndicatorRecord indicator) {
		boolean office = this.actors.find().map(Actor::isOffice).orElse(false);
		boolean leader = this.actors.find().map(Actor::isLeader).orElse(false);
		boolean figures = indicator != null && may(indicator, answering(indicator));
		return new AllowedIndicatorSteps(figures, office && indicator != null, office, office,
				office && indicator != null, leader && indicator != null);
	}

	private Actor answering(IndicatorRecord indicator, IndicatorStep step, List<Long> organisations) {
		Actor actor = this.actors.current();
		if (actor.isOffice()) {
			return actor;
		}
		if (actor.role() != Role.REPORTER) {
			throw new IndicatorRefusal.NotYourStep(actor.role(), step);
		}
		if (organisations.stream().noneMatch(actor::actsFor)) {
			throw new IndicatorRefusal.NotYourIndicator(indicator.name(), step);
		}
		return actor;
	}

	private boolean may(IndicatorRecord indicator, List<Long> organisations) {
		return this.actors.find()
			.map((actor) -> actor.isOffice()
					|| (actor.role() == Role.REPORTER && organisations.stream().anyMatch(actor::actsFor)))
			.orElse(false);
	}

	private List<Long> answering(IndicatorRecord indicator) {
		return this.indicators.answering(indicator.id())
			.stream()
			.map(IndicatorStore.Answering::organisationId)
			.toList();
	}

	/**
	 * The organisations that lead the indicator; where the notice names no lead, every
	 * organisation that answers for it.
	 */
	private List<Long> leads(IndicatorRecord indicator) {
		List<IndicatorStore.Answering> all = this.indicators.answering(indicator.id());
		List<IndicatorStore.Answering> leading = all.stream().filter(IndicatorStore.Answering::lead).toList();
		return (leading.isEmpty() ? all : leading).stream().map(IndicatorStore.Answering::organisationId).toList();
	}

}
