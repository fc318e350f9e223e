package org.luoshi.reporting;

import java.util.Arrays;

import com.fasterxml.jackson.annotation.JsonValue;
import org.luoshi.common.Worded;

/**
 * What a report says of a milestone due in its period: met, not met, or met after its due
 * date.
 */
public enum MilestoneOutcome implements Worded {

	DONE("done"), NOT_DONE("not-done"), DONE_LATE("done-late");

	private final String code;

	MilestoneOutcome(String code) {
		this.code = code;
	}

	@JsonValue
	public String code() {
		return this.code;
	}

	@Override
	public String wordCode() {
		return "reporting.milestone-outcome." + this.code;
	}

	/** Whether the milestone was met, on time or not. */
	public boolean met() {
		return this != NOT_DONE;
	}

	/**
	 * @throws DraftRefusal.UnknownMilestoneOutcome for a code that names none
	 */
	public static MilestoneOutcome of(String code) {
		return Arrays.stream(values())
			.filter((o) -> o.code.equals((code != null) ? code.strip() : null))
			.findFirst()
			.orElseThrow(() -> new DraftRefusal.UnknownMilestoneOutcome(code));
	}

}
