package org.luoshi.implementation;

import org.luoshi.common.Refusal;
import org.luoshi.security.Role;

/**
 * Why a request about an implementation plan was refused: each reason is its own
 * subclass, its text under {@code implementation.problem.<code>} in the message files.
 */
public abstract class ImplementationRefusal extends Refusal {

	protected ImplementationRefusal(Kind kind, String code, String message, Object... arguments) {
		super(kind, "implementation", code, message, arguments);
	}

	/** A reporter or approver reaching for another organisation's plan. */
	public static class NotYourOrganisation extends ImplementationRefusal {

		public NotYourOrganisation(long organisationId) {
			super(Kind.FORBIDDEN, "not-your-organisation",
					"The implementation plan of organisation " + organisationId + " is another organisation's",
					String.valueOf(organisationId));
		}

	}

	/** A step the user's role does not take: a leader writing, a reporter approving. */
	public static class NotYourRole extends ImplementationRefusal {

		public NotYourRole(Role role, String step) {
			super(Kind.FORBIDDEN, "not-your-role", "A " + role.code() + " may not " + step, role, new Step(step));
		}

	}

	/** A measure on a task the organisation does not lead or share. */
	public static class TaskNotCarried extends ImplementationRefusal {

		public TaskNotCarried(long taskId, String code, String organisation) {
			super(Kind.INVALID, "task-not-carried", "Task " + taskId + " is not carried by " + organisation,
					(code != null) ? code : String.valueOf(taskId), organisation);
		}

	}

	/** A milestone whose due date lies outside the plan's period. */
	public static class MilestoneOutsidePlan extends ImplementationRefusal {

		public MilestoneOutsidePlan(String deliverable, String due, int startYear, int endYear) {
			super(Kind.INVALID, "milestone-outside-plan",
					"Milestone " + deliverable + " falls due " + due + ", outside " + startYear + "-" + endYear,
					deliverable, due, String.valueOf(startYear), String.valueOf(endYear));
		}

	}

	/** A due date in none of the forms a milestone takes. */
	public static class DueUnreadable extends ImplementationRefusal {

		public DueUnreadable(String deliverable, String due) {
			super(Kind.INVALID, "due-unreadable", "Milestone " + deliverable + ": not a due date: " + due,
					String.valueOf(deliverable), String.valueOf(due));
		}

	}

	/** A required field left empty or too long. */
	public static class FieldInvalid extends ImplementationRefusal {

		public FieldInvalid(String field, int limit) {
			super(Kind.INVALID, "field-invalid", "The field " + field + " is empty or longer than " + limit, field,
					limit);
		}

	}

	/** Writing to a version that is no longer a draft. */
	public static class NotADraft extends ImplementationRefusal {

		public NotADraft(int number, ImplementationState state) {
			super(Kind.CONFLICT, "not-a-draft", "Version " + number + " is " + state.code(), number, state);
		}

	}

	/**
	 * A step that the version's state does not allow (filing a draft, approving a filed
	 * plan).
	 */
	public static class WrongState extends ImplementationRefusal {

		public WrongState(String step, ImplementationState state) {
			super(Kind.CONFLICT, "wrong-state", "Cannot " + step + " a plan that is " + state.code(), new Step(step),
					state);
		}

	}

	/** Approving a plan that holds no measure. */
	public static class Empty extends ImplementationRefusal {

		public Empty() {
			super(Kind.CONFLICT, "empty", "The implementation plan holds no measure");
		}

	}

	/** A new version of a filed plan without a reason. */
	public static class ReasonRequired extends ImplementationRefusal {

		public ReasonRequired() {
			super(Kind.INVALID, "reason-required", "A new version needs a reason");
		}

	}

	/** Somebody changed the plan since the version the writer saw. */
	public static class Stale extends ImplementationRefusal {

		public Stale(int expected, int current) {
			super(Kind.STALE, "stale", "The plan is at version " + current + ", not " + expected, expected, current);
		}

	}

	/** No measure with this id in the draft. */
	public static class MeasureNotFound extends ImplementationRefusal {

		public MeasureNotFound(long id) {
			super(Kind.NOT_FOUND, "measure-not-found", "No measure has the id " + id, String.valueOf(id));
		}

	}

	/** No such version of the plan. */
	public static class VersionNotFound extends ImplementationRefusal {

		public VersionNotFound(int number) {
			super(Kind.NOT_FOUND, "version-not-found", "No version " + number, number);
		}

	}

	/** The organisation carries no task in the plan, so it has nothing to plan. */
	public static class NoTasks extends ImplementationRefusal {

		public NoTasks(String organisation) {
			super(Kind.NOT_FOUND, "no-tasks", organisation + " carries no task in the plan", organisation);
		}

	}

	/** A filing deadline outside the plan's period. */
	public static class DeadlineOutsidePlan extends ImplementationRefusal {

		public DeadlineOutsidePlan(String deadline, int startYear, int endYear) {
			super(Kind.INVALID, "deadline-outside-plan",
					"Deadline " + deadline + " outside " + startYear + "-" + endYear, deadline,
					String.valueOf(startYear), String.valueOf(endYear));
		}

	}

	/** A reminder to an organisation that has already filed or carries nothing. */
	public static class NothingToRemind extends ImplementationRefusal {

		public NothingToRemind(String organisation) {
			super(Kind.CONFLICT, "nothing-to-remind", organisation + " has filed or carries no task", organisation);
		}

	}

	/** A document whose items cannot be read, with where and why. */
	public static class DocumentUnreadable extends ImplementationRefusal {

		public DocumentUnreadable(String fileName, String reason, Integer line, String detail) {
			super((reason.equals("unsupported-format")) ? Kind.UNSUPPORTED
					: (reason.equals("too-large")) ? Kind.TOO_LARGE : Kind.INVALID, "document-" + reason,
					fileName + ": " + reason + " at " + line + ": " + detail, fileName,
					(line != null) ? String.valueOf(line) : "-", String.valueOf(detail));
		}

	}

	/** No uploaded document with this id waiting for its confirmation. */
	public static class DocumentNotFound extends ImplementationRefusal {

		public DocumentNotFound(long id) {
			super(Kind.NOT_FOUND, "document-not-found", "No document " + id + " awaits confirmation",
					String.valueOf(id));
		}

	}

	/** A confirmation that keeps no item of the document. */
	public static class NothingConfirmed extends ImplementationRefusal {

		public NothingConfirmed(String fileName) {
			super(Kind.INVALID, "nothing-confirmed", "No item of " + fileName + " was given a task", fileName);
		}

	}

	/** A step named in words: the refusal's text says which step was refused. */
	public record Step(String code) implements org.luoshi.common.Worded {

		@Override
		public String wordCode() {
			return "implementation.step." + this.code;
		}

	}

}
