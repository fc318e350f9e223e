package org.luoshi.reporting;

import java.util.Arrays;

import com.fasterxml.jackson.annotation.JsonValue;

/**
 * What an organisation's entry for a task is: its own account (it answers alone or by
 * duty), its input to the lead organisation (it shares a task another leads), or the
 * lead's account with the consolidated account of everybody's input (牵头单位汇总).
 */
public enum EntryKind {

	OWN("own"), CONTRIBUTION("contribution"), LEAD("lead");

	private final String code;

	EntryKind(String code) {
		this.code = code;
	}

	@JsonValue
	public String code() {
		return this.code;
	}

	public static EntryKind of(String code) {
		return Arrays.stream(values())
			.filter((k) -> k.code.equals(code))
			.findFirst()
			.orElseThrow(() -> new IllegalStateException("unknown entry kind " + code));
	}

}
