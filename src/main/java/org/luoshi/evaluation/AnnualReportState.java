package org.luoshi.evaluation;

import java.util.Arrays;

import com.fasterxml.jackson.annotation.JsonValue;
import org.luoshi.common.Worded;

/**
 * Where a numbered draft of the annual report stands: a draft the office still edits,
 * frozen (its numbers and text fixed for ever), or published to the portal.
 */
public enum AnnualReportState implements Worded {

	DRAFT("draft"), FROZEN("frozen"), PUBLISHED("published");

	private final String code;

	AnnualReportState(String code) {
		this.code = code;
	}

	@JsonValue
	public String code() {
		return this.code;
	}

	@Override
	public String wordCode() {
		return "evaluation.state." + this.code;
	}

	public static AnnualReportState of(String code) {
		return Arrays.stream(values())
			.filter((s) -> s.code.equals(code))
			.findFirst()
			.orElseThrow(() -> new IllegalStateException("unknown report state " + code));
	}

}
