package org.luoshi.plan.internal;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.luoshi.notice.ResponsibleOrganisation;

/**
 * A stored task's words and assignments as they stand, to compare with a revision: the
 * signature lists organisation ids with roles in written order, so that a renamed alias
 * is no change but a new lead is.
 */
record TaskSnapshot(long id, String text, String comparedText, String signature, String names) {

	static TaskSnapshot of(long taskId, PlanStore plans, AssignmentStore assignments) {
		PlanStore.StoredText stored = plans.text(taskId);
		List<AssignmentStore.Current> current = assignments.current(taskId);
		return new TaskSnapshot(taskId, stored.text(), stored.comparedText(), signature(current),
				current.stream().map(AssignmentStore.Current::writtenName).collect(Collectors.joining("、")));
	}

	static String signature(List<AssignmentStore.Current> current) {
		return current.stream().map(a -> a.organisationId() + ":" + a.role()).collect(Collectors.joining(","));
	}

	static String signature(List<ResponsibleOrganisation> responsible, Map<String, Long> organisationIds) {
		return responsible.stream()
			.map(o -> organisationIds.get(o.name()) + ":" + o.role().code())
			.collect(Collectors.joining(","));
	}

}
