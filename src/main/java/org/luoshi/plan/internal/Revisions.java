package org.luoshi.plan.internal;

import java.util.Map;

import org.luoshi.notice.NoticeDraft;

import org.springframework.stereotype.Component;

/** Matches a revised notice against the plan's register (see {@link RevisionDiffer}). */
@Component
public class Revisions {

	private final PlanStore plans;

	Revisions(PlanStore plans) {
		this.plans = plans;
	}

	public RevisionDiffer.Match match(long planId, NoticeDraft draft, Map<String, Long> organisationIds) {
		return RevisionDiffer.match(plans.storedItems(planId), RegisterWriter.items(draft, organisationIds));
	}

}
