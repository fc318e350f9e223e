package org.luoshi.plan;

import org.luoshi.common.Refusal;

/**
 * Why a request about the register cannot be answered; each reason is its own subclass.
 */
public abstract class RegisterRefusal extends Refusal {

	protected RegisterRefusal(String code, String message, Object... arguments) {
		super(Kind.NOT_FOUND, "plan", code, message, arguments);
	}

	/** No plan has this id. */
	public static class PlanNotFound extends RegisterRefusal {

		public PlanNotFound(long id) {
			super("plan-not-found", "No plan has the id " + id, String.valueOf(id));
		}

	}

	/** No task has this id. */
	public static class TaskNotFound extends RegisterRefusal {

		public TaskNotFound(long id) {
			super("task-not-found", "No task has the id " + id, String.valueOf(id));
		}

	}

	/** The plan has no chapter with that number. */
	public static class ChapterNotFound extends RegisterRefusal {

		public ChapterNotFound(int number) {
			super("chapter-not-found", "No chapter " + number, String.valueOf(number));
		}

	}

}
