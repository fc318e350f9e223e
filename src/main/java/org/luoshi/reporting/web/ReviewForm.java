package org.luoshi.reporting.web;

import java.time.OffsetDateTime;

/**
 * A review step's words: the comment of an approval or a return, the reason of an
 * exception; and the new due date an exception (or a return after the deadline) sets.
 */
record ReviewForm(String comment, String reason, OffsetDateTime dueAt) {

	static ReviewForm none() {
		return new ReviewForm(null, null, null);
	}

}
