package org.luoshi.organisation;

import com.fasterxml.jackson.annotation.JsonValue;

/**
 * How a name belongs to an organisation: its full official name, the short name the
 * office and its notices use, or another alias.
 */
public enum NameType {

	OFFICIAL("official"),

	SHORT("short"),

	ALIAS("alias");

	private final String code;

	NameType(String code) {
		this.code = code;
	}

	@JsonValue
	public String code() {
		return this.code;
	}

	public static NameType fromCode(String code) {
		for (NameType type : values()) {
			if (type.code.equals(code)) {
				return type;
			}
		}
		throw new IllegalArgumentException("No name type has the code " + code);
	}

}
