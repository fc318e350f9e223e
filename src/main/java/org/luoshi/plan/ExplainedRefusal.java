package org.luoshi.plan;

/**
 * A refusal of the register that pages and the API put into the reader's language: the
 * message key {@code plan.problem.<code>} with its arguments. The exception's own message
 * stays the Chinese wording, for logs and for a refusal without a code (the importer's
 * reasons, which name lines and bytes).
 */
public interface ExplainedRefusal {

	/** The key after {@code plan.problem.}, or null when only the message explains it. */
	String code();

	Object[] arguments();

}
