package org.luoshi.reporting;

/**
 * Why something cannot go into a report: an entry, a consolidated account, a figure or an
 * attachment; each reason is its own subclass.
 */
public abstract class DraftRefusal extends ReportingRefusal {

	protected DraftRefusal(Kind kind, String code, String message, Object... arguments) {
		super(kind, code, message, arguments);
	}

	/** The report has no entry for this task: the organisation does not answer for it. */
	public static class TaskNotInReport extends DraftRefusal {

		public TaskNotInReport(long taskId) {
			super(Kind.NOT_FOUND, "task-not-in-report", "The report has no entry for task " + taskId,
					String.valueOf(taskId));
		}

	}

	/** The report owes no figure for this indicator. */
	public static class IndicatorNotOwed extends DraftRefusal {

		public IndicatorNotOwed(long indicatorId) {
			super(Kind.NOT_FOUND, "indicator-not-owed", "The report owes no figure for indicator " + indicatorId,
					String.valueOf(indicatorId));
		}

	}

	/** A consolidated account written by an organisation that does not lead the task. */
	public static class NotTheLead extends DraftRefusal {

		public NotTheLead(String taskCode) {
			super(Kind.CONFLICT, "not-the-lead", "The organisation does not lead task " + taskCode + " with others",
					taskCode);
		}

	}

	/** A progress status other than the five the office counts. */
	public static class UnknownEntryStatus extends DraftRefusal {

		public UnknownEntryStatus(String text) {
			super(Kind.INVALID, "unknown-entry-status", "Unknown progress status " + text, text);
		}

	}

	/** A milestone outcome other than done, not-done and done-late. */
	public static class UnknownMilestoneOutcome extends DraftRefusal {

		public UnknownMilestoneOutcome(String text) {
			super(Kind.INVALID, "unknown-milestone-outcome", "Unknown milestone outcome " + text, String.valueOf(text));
		}

	}

	/** A milestone that is not due in the report's period for the task. */
	public static class MilestoneNotDue extends DraftRefusal {

		public MilestoneNotDue(long milestoneId, String code) {
			super(Kind.NOT_FOUND, "milestone-not-due",
					"Milestone " + milestoneId + " is not due for task " + code + " in the report's period",
					String.valueOf(milestoneId), code);
		}

	}

	/** A milestone said to be met without the evidence that shows it. */
	public static class EvidenceRequired extends DraftRefusal {

		public EvidenceRequired(String deliverable) {
			super(Kind.INVALID, "evidence-required", "Milestone " + deliverable + " met without evidence", deliverable);
		}

	}

	/**
	 * A completion date that contradicts the outcome: done late but on time or without a
	 * date, done on time but after the due date, or in the future.
	 */
	public static class CompletionDateInvalid extends DraftRefusal {

		public CompletionDateInvalid(String deliverable, String due, String completedOn) {
			super(Kind.INVALID, "completion-date-invalid", "Milestone " + deliverable + " due " + due
					+ ": completion date " + completedOn + " does not fit the outcome", deliverable, due,
					String.valueOf(completedOn));
		}

	}

	/** A text longer than the field keeps. */
	public static class TextTooLong extends DraftRefusal {

		public TextTooLong(String field, int length, int limit) {
			super(Kind.INVALID, "text-too-long", field + " has " + length + " characters, more than " + limit, field,
					String.valueOf(length), String.valueOf(limit));
		}

	}

	/** A file larger than the limit. */
	public static class AttachmentTooLarge extends DraftRefusal {

		public AttachmentTooLarge(String fileName, long limitBytes) {
			super(Kind.TOO_LARGE, "attachment-too-large", fileName + " is larger than " + limitBytes + " bytes",
					fileName, String.valueOf(limitBytes / (1024 * 1024)));
		}

	}

	/**
	 * A file whose first bytes are not those of a PDF, Word or Excel document or an
	 * image, whatever its name says.
	 */
	public static class AttachmentTypeNotAllowed extends DraftRefusal {

		public AttachmentTypeNotAllowed(String fileName) {
			super(Kind.UNSUPPORTED, "attachment-type-not-allowed",
					fileName + " is not a PDF, .docx, .xlsx, PNG, JPEG or GIF file", fileName);
		}

	}

	/**
	 * A file whose name's extension says another kind than its bytes ({@code x.js}
	 * holding a GIF): the name kept must follow the content.
	 */
	public static class AttachmentNameMismatch extends DraftRefusal {

		public AttachmentNameMismatch(String fileName, String extension) {
			super(Kind.UNSUPPORTED, "attachment-name-mismatch",
					fileName + " holds a ." + extension + " file under another extension", fileName, extension);
		}

	}

	/** An empty file. */
	public static class AttachmentEmpty extends DraftRefusal {

		public AttachmentEmpty(String fileName) {
			super(Kind.INVALID, "attachment-empty", fileName + " is empty", fileName);
		}

	}

	/** No attachment of this report has the id. */
	public static class AttachmentNotFound extends DraftRefusal {

		public AttachmentNotFound(long id) {
			super(Kind.NOT_FOUND, "attachment-not-found", "No attachment has the id " + id, String.valueOf(id));
		}

	}

	/** The report has no submitted version with this number. */
	public static class VersionNotFound extends DraftRefusal {

		public VersionNotFound(int number) {
			super(Kind.NOT_FOUND, "version-not-found", "No submitted version " + number, String.valueOf(number));
		}

	}

}
