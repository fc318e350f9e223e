package org.luoshi.plan;

/**
 * Why a request about the register cannot be answered; each reason is its own subclass.
 */
public abstract class RegisterRefusal extends RuntimeException implements ExplainedRefusal {

	private final String code;

	private final Object[] arguments;

	protected RegisterRefusal(String message, String code, Object... arguments) {
		super(message);
		this.code = code;
		this.arguments = arguments.clone();
	}

	@Override
	public String code() {
		return this.code;
	}

	@Override
	public Object[] arguments() {
		return this.arguments.clone();
	}

	/** No plan has this id. */
	public static class PlanNotFound extends RegisterRefusal {

		public PlanNotFound(long id) {
			super("没有编号为 " + id + " 的规划", "plan-not-found", String.valueOf(id));
		}

	}

	/** No task has this id. */
	public static class TaskNotFound extends RegisterRefusal {

		public TaskNotFound(long id) {
			super("没有编号为 " + id + " 的任务", "task-not-found", String.valueOf(id));
		}

	}

}
