package org.luoshi.plan;

import org.luoshi.common.Audited;
import org.luoshi.common.Vocabulary;

/**
 * A plan was put under the plan above it (or taken from under one), and the links of its
 * tasks proposed afresh.
 *
 * @param planId the lower plan
 * @param parentPlanId the plan above now; null for none
 * @param previousParentPlanId the plan above before; null for none
 * @param proposed how many links were proposed
 * @param dropped how many links to the former plan above were dropped
 * @param actor who placed it
 */
@Vocabulary("the audit summary is recorded once, in the office's language, and kept as written")
public record PlanPlaced(long planId, Long parentPlanId, Long previousParentPlanId, int proposed, int dropped,
		String actor) implements Audited {

	@Override
	public String action() {
		return "plan.plan-placed";
	}

	@Override
	public String subject() {
		return "plan:" + this.planId;
	}

	@Override
	public String summary() {
		return "规划 " + this.planId + " 的上级规划：" + name(this.previousParentPlanId) + " → " + name(this.parentPlanId)
				+ "；提出任务关联 " + this.proposed + " 条，撤去 " + this.dropped + " 条";
	}

	private static String name(Long plan) {
		return (plan != null) ? "规划 " + plan : "无";
	}

}
