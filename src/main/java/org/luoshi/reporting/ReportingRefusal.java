package org.luoshi.reporting;

import org.luoshi.common.Refusal;

/**
 * Why a request about reporting was refused: each reason is its own subclass, its text
 * under {@code reporting.problem.<code>} in the message files.
 */
public abstract class ReportingRefusal extends Refusal {

	protected ReportingRefusal(Kind kind, String code, String message, Object... arguments) {
		super(kind, "reporting", code, message, arguments);
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
