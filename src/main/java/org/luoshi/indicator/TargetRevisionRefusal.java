package org.luoshi.indicator;

/** Why a revised target cannot be proposed, approved or returned; one subclass each. */
public abstract class TargetRevisionRefusal extends IndicatorRefusal {

	protected TargetRevisionRefusal(Kind kind, String code, String message, Object... arguments) {
		super(kind, code, message, arguments);
	}

	/** No revision has this id. */
	public static class RevisionNotFound extends TargetRevisionRefusal {

		public RevisionNotFound(long id) {
			super(Kind.NOT_FOUND, "revision-not-found", "No target revision has the id " + id, String.valueOf(id));
		}

	}

	/** A revised target without the reason for it. */
	public static class RevisionReasonMissing extends TargetRevisionRefusal {

		public RevisionReasonMissing() {
			super(Kind.INVALID, "target-revision-reason-missing", "A revised target needs its reason");
		}

	}

	/** A revision that names no new target. */
	public static class RevisedTargetMissing extends TargetRevisionRefusal {

		public RevisedTargetMissing() {
			super(Kind.INVALID, "revised-target-missing", "A revision needs the new target");
		}

	}

	/** Returning a proposal without saying why. */
	public static class RevisionReturnReasonMissing extends TargetRevisionRefusal {

		public RevisionReturnReasonMissing() {
			super(Kind.INVALID, "target-revision-return-reason-missing", "A returned revision needs a reason");
		}

	}

	/**
	 * A revision taking effect outside the plan period: after the baseline year, by the
	 * target year.
	 */
	public static class RevisionYearOutsidePeriod extends TargetRevisionRefusal {

		public RevisionYearOutsidePeriod(Integer year, int from, int to) {
			super(Kind.INVALID, "revision-year-outside-period",
					"A revision from " + year + " must take effect between " + from + " and " + to,
					String.valueOf(year), String.valueOf(from), String.valueOf(to));
		}

	}

	/**
	 * The indicator has a proposal awaiting a decision; a second would compete with it.
	 */
	public static class RevisionAlreadyOpen extends TargetRevisionRefusal {

		public RevisionAlreadyOpen(String indicator, long openId) {
			super(Kind.CONFLICT, "revision-already-open",
					indicator + " has revision " + openId + " awaiting a decision", indicator, String.valueOf(openId));
		}

	}

	/** Only a proposal awaiting a decision is approved or returned. */
	public static class RevisionNotOpen extends TargetRevisionRefusal {

		public RevisionNotOpen(RevisionState state) {
			super(Kind.CONFLICT, "revision-not-open", "A " + state.code() + " revision takes no decision", state);
		}

	}

	/**
	 * An indicator whose baseline and target years are not known yet has no period to
	 * revise.
	 */
	public static class NoPeriodToRevise extends TargetRevisionRefusal {

		public NoPeriodToRevise(String indicator) {
			super(Kind.CONFLICT, "no-period-to-revise", indicator + " has no baseline and target year", indicator);
		}

	}

}
