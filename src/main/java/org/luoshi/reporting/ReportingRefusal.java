package org.luoshi.reporting;

/**
 * Why a request about reporting was refused. Each reason is its own subclass with a
 * message code ({@code reporting.problem.<code>} in the message files) and the arguments
 * the text needs; the exception's own message, in English, is for the log.
 */
public abstract class ReportingRefusal extends RuntimeException {

	/** What sort of refusal, which the API answers with the matching HTTP status. */
	public enum Kind {

		NOT_FOUND, FORBIDDEN, CONFLICT, INVALID, STALE, VERSION_REQUIRED, BAD_REQUEST, TOO_LARGE, UNSUPPORTED

	}

	private final Kind kind;

	private final String code;

	private final Object[] arguments;

	protected ReportingRefusal(Kind kind, String code, String message, Object... arguments) {
		super(message);
		this.kind = kind;
		this.code = code;
		this.arguments = arguments.clone();
	}

	public Kind kind() {
		return this.kind;
	}

	public String code() {
		return this.code;
	}

	public Object[] arguments() {
		return this.arguments.clone();
	}

	/** No cycle has this id. */
	public static class CycleNotFound extends ReportingRefusal {

		public CycleNotFound(long id) {
			super(Kind.NOT_FOUND, "cycle-not-found", "No reporting cycle has the id " + id, String.valueOf(id));
		}

	}

	/** No report has this id. */
	public static class ReportNotFound extends ReportingRefusal {

		public ReportNotFound(long id) {
			super(Kind.NOT_FOUND, "report-not-found", "No report has the id " + id, String.valueOf(id));
		}

	}

	/**
	 * A reporter or approver reaching for another organisation's report: each sees and
	 * changes only its own.
	 */
	public static class NotYourOrganisation extends ReportingRefusal {

		public NotYourOrganisation(long reportId) {
			super(Kind.FORBIDDEN, "not-your-organisation", "Report " + reportId + " belongs to another organisation",
					String.valueOf(reportId));
		}

	}

	/**
	 * A step that the user's role does not take: a reporter approving, an approver
	 * accepting, a leader writing.
	 */
	public static class NotYourRole extends ReportingRefusal {

		public NotYourRole(org.luoshi.security.Role role, Step step) {
			super(Kind.FORBIDDEN, "not-your-role", "A " + role.code() + " may not " + step.code(), role, step);
		}

	}

}
