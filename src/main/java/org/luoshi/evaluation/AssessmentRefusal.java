package org.luoshi.evaluation;

import java.math.BigDecimal;

/**
 * Why a request about the responsibility assessment (责任考核) was refused: each reason its
 * own subclass, its text under {@code evaluation.problem.<code>} in the message files.
 */
public abstract class AssessmentRefusal extends EvaluationRefusal {

	protected AssessmentRefusal(Kind kind, String code, String message, Object... arguments) {
		super(kind, code, message, arguments);
	}

	/** A group of organisations the assessment does not know. */
	public static class UnknownGroup extends AssessmentRefusal {

		public UnknownGroup(String code) {
			super(Kind.INVALID, "assessment-unknown-group", "No group " + code, String.valueOf(code));
		}

	}

	/** The base criteria share 100 points: the sum they have is named. */
	public static class PointsDoNotAddUp extends AssessmentRefusal {

		public PointsDoNotAddUp(BigDecimal sum) {
			super(Kind.INVALID, "assessment-points-do-not-add-up", "The base criteria add up to " + sum + ", not 100",
					sum.stripTrailingZeros().toPlainString());
		}

	}

	/** A criterion that says nowhere where its points come from. */
	public static class CriterionWithoutSource extends AssessmentRefusal {

		public CriterionWithoutSource(String name) {
			super(Kind.INVALID, "assessment-criterion-without-source", "Criterion " + name + " has no data source",
					String.valueOf(name));
		}

	}

	/**
	 * A criterion without a name or code, with negative points, or a veto without a cap.
	 */
	public static class CriterionIncomplete extends AssessmentRefusal {

		public CriterionIncomplete(String name, String what) {
			super(Kind.INVALID, "assessment-criterion-incomplete", "Criterion " + name + ": " + what,
					String.valueOf(name), what);
		}

	}

	/** Two criteria of a rubric with the same code. */
	public static class DuplicateCriterion extends AssessmentRefusal {

		public DuplicateCriterion(String code) {
			super(Kind.INVALID, "assessment-duplicate-criterion", "Two criteria are coded " + code, code);
		}

	}

	/** Grade bands that do not fall from 超额完成 to 基本完成 within 0–100. */
	public static class BandsOutOfOrder extends AssessmentRefusal {

		public BandsOutOfOrder() {
			super(Kind.INVALID, "assessment-bands-out-of-order", "Grade bands must fall within 100 and 0");
		}

	}

	/** Somebody saved the rubric since the version the writer read. */
	public static class RubricChangedMeanwhile extends AssessmentRefusal {

		public RubricChangedMeanwhile(int expected, int actual) {
			super(Kind.STALE, "assessment-rubric-changed-meanwhile",
					"The rubric is at version " + actual + ", not " + expected, String.valueOf(expected),
					String.valueOf(actual));
		}

	}

	/** No rubric for the year and group. */
	public static class RubricNotFound extends AssessmentRefusal {

		public RubricNotFound(int year, RubricGroup group) {
			super(Kind.NOT_FOUND, "assessment-rubric-not-found", "No rubric for " + group.code() + " in " + year, year,
					group);
		}

	}

	/** The year is assessed only once each group has a rubric. */
	public static class RubricMissing extends AssessmentRefusal {

		public RubricMissing(int year, RubricGroup group) {
			super(Kind.CONFLICT, "assessment-rubric-missing", "No rubric for " + group.code() + " in " + year, year,
					group);
		}

	}

	/** The year has no assessment yet. */
	public static class AssessmentNotFound extends AssessmentRefusal {

		public AssessmentNotFound(int year) {
			super(Kind.NOT_FOUND, "assessment-not-found", "No assessment of " + year, year);
		}

	}

	/** An adjustment says why. */
	public static class ReasonRequired extends AssessmentRefusal {

		public ReasonRequired() {
			super(Kind.INVALID, "assessment-reason-required", "An adjustment or mark needs a reason");
		}

	}

	/** An objection or its answer says something. */
	public static class CommentRequired extends AssessmentRefusal {

		public CommentRequired() {
			super(Kind.INVALID, "assessment-comment-required", "An objection or answer needs a comment");
		}

	}

	/**
	 * Once locked, the results stay as they are: no recomputing, adjusting or objecting.
	 */
	public static class AssessmentLocked extends AssessmentRefusal {

		public AssessmentLocked(int year) {
			super(Kind.CONFLICT, "assessment-locked", "The assessment of " + year + " is locked", year);
		}

	}

	/** Only locked results are published. */
	public static class NotLocked extends AssessmentRefusal {

		public NotLocked(int year) {
			super(Kind.CONFLICT, "assessment-not-locked", "The assessment of " + year + " is not locked", year);
		}

	}

	/** Published already. */
	public static class AlreadyPublished extends AssessmentRefusal {

		public AlreadyPublished(int year) {
			super(Kind.CONFLICT, "assessment-already-published", "The assessment of " + year + " is published", year);
		}

	}

	/** Before publication an organisation reads its own breakdown, nobody else's. */
	public static class NotYourBreakdown extends AssessmentRefusal {

		public NotYourBreakdown(long organisationId) {
			super(Kind.FORBIDDEN, "assessment-not-your-breakdown",
					"Organisation " + organisationId + "'s breakdown is not yours to read",
					String.valueOf(organisationId));
		}

	}

	/** The organisation is not assessed in the year. */
	public static class OrganisationNotAssessed extends AssessmentRefusal {

		public OrganisationNotAssessed(long organisationId) {
			super(Kind.NOT_FOUND, "assessment-organisation-not-assessed",
					"Organisation " + organisationId + " is not assessed", String.valueOf(organisationId));
		}

	}

	/** No objection has the id. */
	public static class ObjectionNotFound extends AssessmentRefusal {

		public ObjectionNotFound(long id) {
			super(Kind.NOT_FOUND, "assessment-objection-not-found", "No objection " + id, String.valueOf(id));
		}

	}

	/** A mark for a criterion the office does not mark, or beyond its points. */
	public static class MarkRefused extends AssessmentRefusal {

		public MarkRefused(String criterion) {
			super(Kind.INVALID, "assessment-mark-refused", "No mark of that size for criterion " + criterion,
					String.valueOf(criterion));
		}

	}

}
