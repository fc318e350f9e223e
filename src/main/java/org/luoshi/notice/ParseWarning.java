package org.luoshi.notice;

/**
 * Something the importer could not read with certainty, for the office to check.
 *
 * @param line 1-based source line
 * @param code a stable code (task-without-clause, clause-unreadable, …)
 * @param text what it found and what it expected: a key under {@code notice.warning} in
 * the message files and its arguments
 */
public record ParseWarning(int line, String code, NoticeMessage text) {

	public static final String TASK_WITHOUT_CLAUSE = "task-without-clause";

	public static final String CLAUSE_UNREADABLE = "clause-unreadable";

	public static final String TEXT_AFTER_CLAUSE = "text-after-clause";

	public static final String NUMBERING = "numbering";

	public static final String NO_PLAN_PERIOD = "no-plan-period";

	public static final String TOO_MANY = "too-many-warnings";

	/**
	 * @param line 1-based source line
	 * @param code a stable code
	 * @param textCode the key of its text, {@code notice.warning.<code>} or a variant of
	 * it
	 * @param arguments what the text needs, in its order
	 */
	public ParseWarning(int line, String code, String textCode, Object... arguments) {
		this(line, code, NoticeMessage.of(textCode, arguments));
	}

	/** The text in Chinese, the notices' language and the command line's default. */
	public String message() {
		return MessageFiles.CHINESE.text(this.text);
	}

}
