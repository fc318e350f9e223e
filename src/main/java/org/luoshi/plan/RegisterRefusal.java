package org.luoshi.plan;

/**
 * Why a request about the register cannot be answered; each reason is its own subclass.
 */
public abstract class RegisterRefusal extends RuntimeException {

	protected RegisterRefusal(String message) {
		super(message);
	}

	/** No plan has this id. */
	public static class PlanNotFound extends RegisterRefusal {

		public PlanNotFound(long id) {
			super("没有编号为 " + id + " 的规划");
		}

	}

	/** No task has this id. */
	public static class TaskNotFound extends RegisterRefusal {

		public TaskNotFound(long id) {
			super("没有编号为 " + id + " 的任务");
		}

	}

}
