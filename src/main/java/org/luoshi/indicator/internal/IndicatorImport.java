package org.luoshi.indicator.internal;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.luoshi.common.ComparedText;
import org.luoshi.notice.IndicatorDraft;
import org.luoshi.notice.ResponsibilityMode;
import org.luoshi.plan.ImportConfirmed;
import org.luoshi.plan.PlanOverview;
import org.luoshi.plan.PlanRegister;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Turns a confirmed notice's binding indicators and expected targets into the plan's
 * indicators, in the transaction that imports the plan, so that a plan never exists
 * without them. A revision adds only indicators whose names are new; those the notice's
 * decomposition rule names, directly or through a group, are marked to be split among the
 * cities.
 */
@Component
class IndicatorImport {

	private final IndicatorStore indicators;

	private final PlanRegister plans;

	private final Regions regions;

	private final Clock clock;

	private final IndicatorGroups groups = IndicatorGroups.load();

	IndicatorImport(IndicatorStore indicators, PlanRegister plans, Regions regions, Clock clock) {
		this.indicators = indicators;
		this.plans = plans;
		this.regions = regions;
		this.clock = clock;
	}

	// synchronous on purpose: the plan and its indicators commit or roll back together
	@EventListener
	void on(ImportConfirmed confirmed) {
		PlanOverview plan = this.plans.plan(confirmed.planId());
		Long region = this.regions.ofIssuer(plan.issuer()).orElse(null);
		List<String> toDecompose = (confirmed.decomposition() != null) ? confirmed.decomposition().indicators()
				: List.of();
		Set<String> known = this.indicators.comparedNames(confirmed.planId());
		int position = this.indicators.nextPosition(confirmed.planId());
		OffsetDateTime now = OffsetDateTime.now(this.clock);
		List<IndicatorDraft> drafts = new ArrayList<>(confirmed.bindingIndicators());
		drafts.addAll(confirmed.expectedTargets());
		for (IndicatorDraft draft : drafts) {
			// a name the plan has already (a revision) keeps its indicator; no figure, no
			// target
			if (draft.target() == null || !known.add(ComparedText.of(draft.name()))) {
				continue;
			}
			List<IndicatorStore.Answering> answering = answering(draft, confirmed);
			Long lead = answering.stream()
				.filter(IndicatorStore.Answering::lead)
				.map(IndicatorStore.Answering::organisationId)
				.findFirst()
				.orElse(null);
			boolean decompose = draft.binding() && this.groups.covers(toDecompose, draft.name());
			long id = this.indicators.insert(new IndicatorStore.NewIndicator(confirmed.planId(), draft,
					baselineYear(draft, plan), targetYear(draft, plan), confirmed.taskIds().get(draft.taskId()), lead,
					region, decompose, position++), now);
			for (int i = 0; i < answering.size(); i++) {
				this.indicators.addAnswering(id, answering.get(i), i);
			}
		}
	}

	private static List<IndicatorStore.Answering> answering(IndicatorDraft draft, ImportConfirmed confirmed) {
		List<IndicatorStore.Answering> answering = new ArrayList<>();
		for (String name : draft.responsible()) {
			Long id = confirmed.organisationIds().get(name);
			if (id != null && answering.stream().noneMatch((a) -> a.organisationId() == id)) {
				boolean lead = draft.mode() == ResponsibilityMode.LEAD && answering.isEmpty();
				answering.add(new IndicatorStore.Answering(id, name, lead));
			}
		}
		return answering;
	}

	private static Integer baselineYear(IndicatorDraft draft, PlanOverview plan) {
		if (draft.baselineYear() != null) {
			return draft.baselineYear();
		}
		return (plan.startYear() != null) ? plan.startYear() - 1 : null;
	}

	private static Integer targetYear(IndicatorDraft draft, PlanOverview plan) {
		return (draft.targetYear() != null) ? draft.targetYear() : plan.endYear();
	}

}
