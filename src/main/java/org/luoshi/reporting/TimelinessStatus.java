package org.luoshi.reporting;

import com.fasterxml.jackson.annotation.JsonValue;

/**
 * How an organisation kept the deadline of a cycle, the figure the responsibility
 * assessment uses: first submitted by the deadline, after it, not at all once it passed —
 * or not yet, while it has not.
 */
public enum TimelinessStatus {

	ON_TIME("on-time"), LATE("late"), MISSING("missing"), PENDING("pending");

	private final String code;

	TimelinessStatus(String code) {
		this.code = code;
	}

	@JsonValue
	public String code() {
		return this.code;
	}

}
