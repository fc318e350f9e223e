package org.luoshi.evaluation;

import java.util.Arrays;

import com.fasterxml.jackson.annotation.JsonValue;
import org.luoshi.common.Worded;

/**
 * Whom a rubric assesses: the provincial departments, or the city governments. The two
 * are ranked apart and their rubrics may differ.
 */
public enum RubricGroup implements Worded {

	DEPARTMENTS("departments"), CITIES("cities");

	private final String code;

	RubricGroup(String code) {
		this.code = code;
	}

	@JsonValue
	public String code() {
		return this.code;
	}

	@Override
	public String wordCode() {
		return "evaluation.assessment.group." + this.code;
	}

	public static RubricGroup of(String code) {
		return Arrays.stream(values())
			.filter((g) -> g.code.equals(code))
			.findFirst()
			.orElseThrow(() -> new AssessmentRefusal.UnknownGroup(code));
	}

}
