package org.luoshi.plan;

/** What confirming an import would do. */
public enum ImportKind {

	/** The notice divides a plan not yet in the register: a new plan. */
	NEW_PLAN,
	/** The same notice, byte for byte, is already stored: nothing to do. */
	ALREADY_IMPORTED,
	/** A new notice for a plan already in the register: a revision, applied as a diff. */
	REVISION

}
