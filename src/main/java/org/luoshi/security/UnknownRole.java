package org.luoshi.security;

/** Refusal: a role code that names no {@link Role}. */
public class UnknownRole extends IllegalArgumentException {

	private final String code;

	public UnknownRole(String code) {
		super("No role has the code " + code);
		this.code = code;
	}

	public String code() {
		return this.code;
	}

}
