package org.luoshi.notice;

/**
 * Something the importer could not read with certainty, for the office to check.
 *
 * @param line 1-based source line
 * @param code a stable code (task-without-clause, clause-unreadable, …)
 * @param message what it found and what it expected, in Chinese
 */
public record ParseWarning(int line, String code, String message) {

	public static final String TASK_WITHOUT_CLAUSE = "task-without-clause";

	public static final String CLAUSE_UNREADABLE = "clause-unreadable";

	public static final String TEXT_AFTER_CLAUSE = "text-after-clause";

	public static final String NUMBERING = "numbering";

	public static final String NO_PLAN_PERIOD = "no-plan-period";

	public static final String TOO_MANY = "too-many-warnings";

}
