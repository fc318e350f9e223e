package org.luoshi.common;

/**
 * A value that texts name in words rather than by its code — a report's state, a role, a
 * workflow step — so that a {@link Refusal} naming it reads "已退回" in Chinese and
 * "returned" in English.
 */
public interface Worded {

	/** The message code of its words, e.g. {@code reporting.state.returned}. */
	String wordCode();

}
