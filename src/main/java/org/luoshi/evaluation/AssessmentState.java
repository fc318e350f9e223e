package org.luoshi.evaluation;

import java.util.Arrays;

import com.fasterxml.jackson.annotation.JsonValue;
import org.luoshi.common.Worded;

/**
 * Where a year's assessment stands: under review (computed, adjusted, objected to),
 * locked (final, nothing changes) or published to the portal.
 */
public enum AssessmentState implements Worded {

	REVIEW("review"), LOCKED("locked"), PUBLISHED("published");

	private final String code;

	AssessmentState(String code) {
		this.code = code;
	}

	@JsonValue
	public String code() {
		return this.code;
	}

	@Override
	public String wordCode() {
		return "evaluation.assessment.state." + this.code;
	}

	public static AssessmentState of(String code) {
		return Arrays.stream(values())
			.filter((s) -> s.code.equals(code))
			.findFirst()
			.orElseThrow(() -> new IllegalStateException("unknown assessment state " + code));
	}

}
