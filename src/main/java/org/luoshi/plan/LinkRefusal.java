package org.luoshi.plan;

import org.luoshi.common.Refusal;

/**
 * Why a plan cannot go under another or two tasks cannot be linked across levels; each
 * reason is its own subclass, and nothing of the refused change is kept.
 */
public abstract class LinkRefusal extends Refusal {

	protected LinkRefusal(Kind kind, String code, String message, Object... arguments) {
		super(kind, "plan", code, message, arguments);
	}

	/**
	 * The plan would go under itself or under a plan that is already below it.
	 */
	public static class PlanCycle extends LinkRefusal {

		public PlanCycle(long planId, long parentPlanId) {
			super(Kind.INVALID, "plan-cycle",
					"Plan " + planId + " cannot go under plan " + parentPlanId
							+ ", which is the plan itself or below it",
					String.valueOf(planId), String.valueOf(parentPlanId));
		}

	}

	/** The two tasks' plans are not a plan and the plan directly above it. */
	public static class UnrelatedPlans extends LinkRefusal {

		public UnrelatedPlans(String childCode, long childPlanId, String parentCode, long parentPlanId) {
			super(Kind.INVALID, "unrelated-plans",
					"Task " + childCode + " of plan " + childPlanId + " cannot carry down task " + parentCode
							+ " of plan " + parentPlanId + ": that plan is not the one directly above",
					childCode, String.valueOf(childPlanId), parentCode, String.valueOf(parentPlanId));
		}

	}

	/**
	 * The link would run upwards: the task it names as carried down is in a plan below
	 * the other one's, or is the task itself.
	 */
	public static class LinkCycle extends LinkRefusal {

		public LinkCycle(String childCode, String parentCode) {
			super(Kind.INVALID, "link-cycle",
					"Task " + childCode + " cannot carry down task " + parentCode + ", which lies below it", childCode,
					parentCode);
		}

	}

	/** No link has this id. */
	public static class LinkNotFound extends LinkRefusal {

		public LinkNotFound(long id) {
			super(Kind.NOT_FOUND, "link-not-found", "No task link has the id " + id, String.valueOf(id));
		}

	}

	/**
	 * Only the planning office and the organisation that issued the lower plan decide its
	 * links.
	 */
	public static class NotYourPlan extends LinkRefusal {

		public NotYourPlan(String planTitle) {
			super(Kind.FORBIDDEN, "not-your-plan",
					"Only the office and the issuer of " + planTitle + " decide the links of its tasks", planTitle);
		}

	}

	/** Somebody decided the link since the version the writer saw. */
	public static class LinkStale extends LinkRefusal {

		public LinkStale(long id, int version) {
			super(Kind.STALE, "link-stale", "Task link " + id + " changed since version " + version + " was read",
					String.valueOf(id), String.valueOf(version));
		}

	}

	/** A plan of the top level cannot have its links proposed: it has no plan above. */
	public static class NoParentPlan extends LinkRefusal {

		public NoParentPlan(long planId) {
			super(Kind.CONFLICT, "no-parent-plan", "Plan " + planId + " has no plan above it", String.valueOf(planId));
		}

	}

	/** The plan above has no task with the number given. */
	public static class ParentCodeNotFound extends LinkRefusal {

		public ParentCodeNotFound(String code) {
			super(Kind.INVALID, "parent-code-not-found", "The plan above has no task numbered " + code, code);
		}

	}

}
