package org.luoshi.evaluation;

import org.luoshi.common.Refusal;
import org.luoshi.security.Role;

/**
 * Why a request about the office's reports was refused: each reason is its own subclass,
 * its text under {@code evaluation.problem.<code>} in the message files.
 */
public abstract class EvaluationRefusal extends Refusal {

	protected EvaluationRefusal(Kind kind, String code, String message, Object... arguments) {
		super(kind, "evaluation", code, message, arguments);
	}

	/** A report on a year the plan does not cover. */
	public static class YearOutsidePlan extends EvaluationRefusal {

		public YearOutsidePlan(int year, int start, int end) {
			super(Kind.INVALID, "year-outside-plan", "The year " + year + " is outside the plan's " + start + "-" + end,
					year, start, end);
		}

	}

	/** A report on a year whose progress was never collected. */
	public static class NoCycleForYear extends EvaluationRefusal {

		public NoCycleForYear(int year) {
			super(Kind.CONFLICT, "no-cycle-for-year", "No reporting cycle was opened for " + year, year);
		}

	}

	/** No report (draft) has this id. */
	public static class ReportNotFound extends EvaluationRefusal {

		public ReportNotFound(long id) {
			super(Kind.NOT_FOUND, "report-not-found", "No annual report has the id " + id, String.valueOf(id));
		}

	}

	/** Only a frozen report is published: its numbers must not move once public. */
	public static class DraftNotFrozen extends EvaluationRefusal {

		public DraftNotFrozen(int number) {
			super(Kind.CONFLICT, "draft-not-frozen", "Draft " + number + " is not frozen", number);
		}

	}

	/** A report frozen already (or published) is not frozen again. */
	public static class AlreadyFrozen extends EvaluationRefusal {

		public AlreadyFrozen(int number) {
			super(Kind.CONFLICT, "already-frozen", "Draft " + number + " is frozen already", number);
		}

	}

	/** A report published already is not published again. */
	public static class AlreadyPublished extends EvaluationRefusal {

		public AlreadyPublished(int number) {
			super(Kind.CONFLICT, "already-published", "Draft " + number + " is published already", number);
		}

	}

	/** The office's sections of a frozen report stay as they were frozen. */
	public static class ReportFrozen extends EvaluationRefusal {

		public ReportFrozen(int number) {
			super(Kind.CONFLICT, "report-frozen", "Draft " + number + " is frozen; its text no longer changes", number);
		}

	}

	/** Somebody saved the office's sections since the version the writer read. */
	public static class NarrativeChangedMeanwhile extends EvaluationRefusal {

		public NarrativeChangedMeanwhile(int expected, int actual) {
			super(Kind.STALE, "narrative-changed-meanwhile",
					"The narrative is at version " + actual + ", not " + expected, String.valueOf(expected),
					String.valueOf(actual));
		}

	}

	/**
	 * A second report published for a year that has one replaces it before the public:
	 * the office says why.
	 */
	public static class RevisionReasonRequired extends EvaluationRefusal {

		public RevisionReasonRequired(int year) {
			super(Kind.INVALID, "revision-reason-required",
					"A report on " + year + " is published already; a replacement needs a reason", year);
		}

	}

	/** Two reports compared must be on the same plan and year. */
	public static class NotComparable extends EvaluationRefusal {

		public NotComparable(long id, long other) {
			super(Kind.INVALID, "not-comparable", "Reports " + id + " and " + other + " are on different years",
					String.valueOf(id), String.valueOf(other));
		}

	}

	/** A role that may not do this: only the office writes reports, leaders read. */
	public static class NotYourRole extends EvaluationRefusal {

		public NotYourRole(Role role) {
			super(Kind.FORBIDDEN, "not-your-role", "A " + role.code() + " may not do this with the office's reports",
					role);
		}

	}

	/** A chart the report does not have. */
	public static class ChartNotFound extends EvaluationRefusal {

		public ChartNotFound(String name) {
			super(Kind.NOT_FOUND, "chart-not-found", "No chart " + name, name);
		}

	}

}
