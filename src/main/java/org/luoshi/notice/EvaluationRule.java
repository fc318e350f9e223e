package org.luoshi.notice;

/**
 * An evaluation the notice orders: the annual implementation report, the mid-term
 * evaluation or the responsibility assessment.
 *
 * @param type annual-report, mid-term-evaluation or assessment
 * @param by the organisation that carries it out, as written
 * @param published the notice says it is made public; null when it says nothing
 * @param year the year it concerns (the mid-term year), or null for yearly ones
 * @param text the sentence as written
 * @param line 1-based source line
 */
public record EvaluationRule(String type, String by, Boolean published, Integer year, String text, int line) {

	public static final String ANNUAL_REPORT = "annual-report";

	public static final String MID_TERM_EVALUATION = "mid-term-evaluation";

	public static final String ASSESSMENT = "assessment";

}
