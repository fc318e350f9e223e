package org.luoshi.reporting;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import org.springframework.context.MessageSourceResolvable;

/**
 * Why a report cannot take a step or cannot change now; each reason is its own subclass.
 */
public abstract class WorkflowRefusal extends ReportingRefusal {

	protected WorkflowRefusal(Kind kind, String code, String message, Object... arguments) {
		super(kind, code, message, arguments);
	}

	/** Only a draft is submitted. */
	public static class ReportNotSubmittable extends WorkflowRefusal {

		public ReportNotSubmittable(ReportState state) {
			super(Kind.CONFLICT, "report-not-submittable", "A " + state.code() + " report cannot be submitted", state);
		}

	}

	/** Only a submitted report is approved. */
	public static class ReportMayNotBeApproved extends WorkflowRefusal {

		public ReportMayNotBeApproved(ReportState state) {
			super(Kind.CONFLICT, "report-may-not-be-approved", "A " + state.code() + " report cannot be approved",
					state);
		}

	}

	/** Only an approved report is received by the office. */
	public static class ReportMayNotBeReceived extends WorkflowRefusal {

		public ReportMayNotBeReceived(ReportState state) {
			super(Kind.CONFLICT, "report-may-not-be-received", "A " + state.code() + " report cannot be received",
					state);
		}

	}

	/** Only a received report is accepted. */
	public static class ReportMayNotBeAccepted extends WorkflowRefusal {

		public ReportMayNotBeAccepted(ReportState state) {
			super(Kind.CONFLICT, "report-may-not-be-accepted", "A " + state.code() + " report cannot be accepted",
					state);
		}

	}

	/**
	 * Returned from a review it is not in: the approver returns submitted reports, the
	 * office approved or received ones.
	 */
	public static class ReportMayNotBeReturned extends WorkflowRefusal {

		public ReportMayNotBeReturned(ReportState state) {
			super(Kind.CONFLICT, "report-may-not-be-returned", "A " + state.code() + " report cannot be returned here",
					state);
		}

	}

	/** An exception for a report under review, which needs none. */
	public static class ReportNotReopenable extends WorkflowRefusal {

		public ReportNotReopenable(ReportState state) {
			super(Kind.CONFLICT, "report-not-reopenable", "A " + state.code() + " report takes no exception", state);
		}

	}

	/** A submission after the due date, without an exception from the office. */
	public static class DeadlinePassed extends WorkflowRefusal {

		public DeadlinePassed(OffsetDateTime dueAt) {
			super(Kind.CONFLICT, "deadline-passed", "The report was due at " + dueAt, dueAt);
		}

	}

	/**
	 * A change to a report that is accepted, or whose due date has passed, without an
	 * exception from the office.
	 */
	public static class ReportLocked extends WorkflowRefusal {

		public ReportLocked(ReportState state, OffsetDateTime dueAt) {
			super(Kind.CONFLICT, (state == ReportState.ACCEPTED) ? "report-locked-accepted" : "report-locked-deadline",
					"The report is locked (" + state.code() + ", due " + dueAt + ")", dueAt);
		}

	}

	/** A change to a report that is with its approver or the office. */
	public static class ReportUnderReview extends WorkflowRefusal {

		public ReportUnderReview(ReportState state) {
			super(Kind.CONFLICT, "report-under-review", "A " + state.code() + " report is under review", state);
		}

	}

	/** A submission while entries, consolidated accounts or figures are missing. */
	public static class ReportIncomplete extends WorkflowRefusal {

		private final List<Missing> missing;

		public ReportIncomplete(List<Missing> missing) {
			super(Kind.INVALID, "report-incomplete", missing.size() + " items missing: " + missing,
					String.valueOf(missing.size()));
			this.missing = List.copyOf(missing);
		}

		public List<Missing> missing() {
			return this.missing;
		}

		@Override
		public Map<String, Object> details(Function<MessageSourceResolvable, String> words) {
			return Map.of("missing", this.missing);
		}

	}

	/**
	 * A write naming a version of the report that is no longer current: somebody else
	 * saved meanwhile.
	 */
	public static class ReportChangedMeanwhile extends WorkflowRefusal {

		private final boolean contended;

		public ReportChangedMeanwhile(long reportId, int sent, Integer current) {
			super(Kind.STALE, (current != null) ? "report-changed-meanwhile" : "report-being-changed",
					"Report " + reportId + " is at version " + current + ", not " + sent, String.valueOf(sent),
					(current != null) ? String.valueOf(current) : "?");
			this.contended = (current == null);
		}

		/**
		 * Whether the writer gave up waiting for another's write to finish, rather than
		 * finding it finished: the other may yet commit or roll back.
		 */
		public boolean contended() {
			return this.contended;
		}

	}

	/** A submission without an idempotency key, so that a retry could store it twice. */
	public static class IdempotencyKeyRequired extends WorkflowRefusal {

		public IdempotencyKeyRequired() {
			super(Kind.BAD_REQUEST, "idempotency-key-required", "A submission needs an Idempotency-Key");
		}

	}

	/** A return without saying why. */
	public static class CommentRequired extends WorkflowRefusal {

		public CommentRequired() {
			super(Kind.INVALID, "comment-required", "A returned report needs a comment");
		}

	}

	/** An exception without a reason. */
	public static class ExceptionReasonRequired extends WorkflowRefusal {

		public ExceptionReasonRequired() {
			super(Kind.INVALID, "exception-reason-required", "An exception needs a reason");
		}

	}

	/** An exception whose new due date is missing or already past. */
	public static class DueDateNotInFuture extends WorkflowRefusal {

		public DueDateNotInFuture(OffsetDateTime dueAt) {
			super(Kind.INVALID, "due-date-not-in-future", "The new due date " + dueAt + " is not in the future",
					(dueAt != null) ? dueAt : "");
		}

	}

}
