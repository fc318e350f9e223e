package org.luoshi.implementation;

import java.util.Arrays;

import com.fasterxml.jackson.annotation.JsonValue;
import org.luoshi.common.Worded;

/**
 * Where a version of an implementation plan stands: a draft its reporters write, approved
 * by its approver, filed with the office (报备) — and superseded once a newer version is
 * filed. Only a draft is ever written.
 */
public enum ImplementationState implements Worded {

	DRAFT("draft"), APPROVED("approved"), FILED("filed"), SUPERSEDED("superseded");

	private final String code;

	ImplementationState(String code) {
		this.code = code;
	}

	@JsonValue
	public String code() {
		return this.code;
	}

	@Override
	public String wordCode() {
		return "implementation.state." + this.code;
	}

	public static ImplementationState of(String code) {
		return Arrays.stream(values())
			.filter((s) -> s.code.equals(code))
			.findFirst()
			.orElseThrow(() -> new IllegalStateException("unknown implementation plan state " + code));
	}

}
