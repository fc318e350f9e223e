package org.luoshi.security;

import java.util.Arrays;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import org.luoshi.common.Worded;

/**
 * What a user does in the system, with the stable lower-case code used in the database
 * and the API. A reporter and an approver each act for exactly one organisation; the
 * planning office and a leader act for none.
 */
public enum Role implements Worded {

	/** The planning office: imports notices, manages organisations and users. */
	OFFICE("office"),

	/** Drafts and submits its organisation's annual progress. */
	REPORTER("reporter"),

	/** Approves its organisation's report before it goes to the planning office. */
	APPROVER("approver"),

	/** Reads everything: dashboards and rankings. */
	LEADER("leader");

	private final String code;

	Role(String code) {
		this.code = code;
	}

	@JsonValue
	public String code() {
		return this.code;
	}

	@Override
	public String wordCode() {
		return "role." + this.code;
	}

	/**
	 * The Spring Security authority: {@code ROLE_OFFICE}, so {@code hasRole('OFFICE')}.
	 */
	public String authority() {
		return "ROLE_" + name();
	}

	/** Whether a user in this role acts for an organisation (and must name one). */
	public boolean actsForAnOrganisation() {
		return this == REPORTER || this == APPROVER;
	}

	/** The role with this code; refuses a code that names no role. */
	@JsonCreator
	public static Role fromCode(String code) {
		return Arrays.stream(values())
			.filter((role) -> role.code.equals(code))
			.findFirst()
			.orElseThrow(() -> new UnknownRole(code));
	}

}
