package org.luoshi.reporting;

/**
 * Something a report still lacks before it can be submitted.
 *
 * @param what status (no progress status chosen), done (nothing said about what was
 * done), consolidation (the lead's consolidated account of a shared task), figure (an
 * indicator figure owed), milestone (a milestone due in the period left unanswered)
 * @param subject the task code or the indicator's name
 * @param taskId the task, or null for a figure
 * @param indicatorId the indicator, or null for an entry
 */
public record Missing(String what, String subject, Long taskId, Long indicatorId) {

	public static final String STATUS = "status";

	public static final String DONE = "done";

	public static final String CONSOLIDATION = "consolidation";

	public static final String FIGURE = "figure";

	/** A milestone due in the period that the entry does not answer. */
	public static final String MILESTONE = "milestone";

	@Override
	public String toString() {
		return this.what + ":" + this.subject;
	}

}
