package org.luoshi.evaluation.internal;

import org.luoshi.evaluation.RubricForm;
import org.luoshi.evaluation.ScoreBreakdown;
import tools.jackson.databind.json.JsonMapper;

/** A rubric's criteria and a score's breakdown as the JSON kept with them. */
final class AssessmentJson {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private AssessmentJson() {
	}

	static String write(Object value) {
		return JSON.writeValueAsString(value);
	}

	static RubricForm rubric(String json) {
		return JSON.readValue(json, RubricForm.class);
	}

	static ScoreBreakdown breakdown(String json) {
		return JSON.readValue(json, ScoreBreakdown.class);
	}

}
