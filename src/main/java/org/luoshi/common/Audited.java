package org.luoshi.common;

/**
 * An event that goes into the audit log: every module publishes one for each write, and
 * the audit module, which no module depends on, records them all — who, what, on which
 * subject, when.
 */
public interface Audited {

	/**
	 * The user who made the change ("system" for start-up work, "demo" for demo data).
	 */
	String actor();

	/** What happened, as a stable code: module.verb, e.g. plan.import-confirmed. */
	String action();

	/** What it happened to, as type:id, e.g. plan:12 or task:345. */
	String subject();

	/** One line for people, in the office's language. */
	String summary();

}
