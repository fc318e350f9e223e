package org.luoshi.evaluation;

import com.fasterxml.jackson.annotation.JsonValue;
import org.luoshi.common.Worded;

/**
 * The grade of an assessed organisation, best first: 超额完成, 完成, 基本完成, 未完成. A veto caps it:
 * the grade given is never better than the veto's.
 */
public enum Grade implements Worded {

	EXCEEDED("exceeded"), COMPLETED("completed"), BASICALLY_COMPLETED("basically-completed"),
	NOT_COMPLETED("not-completed");

	private final String code;

	Grade(String code) {
		this.code = code;
	}

	@JsonValue
	public String code() {
		return this.code;
	}

	/** The worse of the two grades. */
	public Grade atMost(Grade cap) {
		return (cap != null && cap.ordinal() > ordinal()) ? cap : this;
	}

	@Override
	public String wordCode() {
		return "evaluation.assessment.grade." + this.code;
	}

}
