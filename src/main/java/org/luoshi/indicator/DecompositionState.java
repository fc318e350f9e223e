package org.luoshi.indicator;

import java.util.Arrays;

import com.fasterxml.jackson.annotation.JsonValue;
import org.luoshi.common.Worded;

/**
 * Where a split of a provincial target among the cities stands: drafted by the lead
 * department, submitted, approved by the planning office, issued by the provincial
 * government — or returned with a reason, to be corrected and submitted again. One method
 * per transition; each refuses by name what the state does not allow.
 */
public enum DecompositionState implements Worded {

	DRAFT("draft"), SUBMITTED("submitted"), APPROVED("approved"), ISSUED("issued"), RETURNED("returned");

	private final String code;

	DecompositionState(String code) {
		this.code = code;
	}

	@JsonValue
	public String code() {
		return this.code;
	}

	@Override
	public String wordCode() {
		return "decomposition.state." + this.code;
	}

	public static DecompositionState of(String code) {
		return Arrays.stream(values())
			.filter((s) -> s.code.equals(code))
			.findFirst()
			.orElseThrow(() -> new IllegalStateException("unknown decomposition state " + code));
	}

	/** The city targets may still change: a draft, or a split returned for correction. */
	public boolean editable() {
		return this == DRAFT || this == RETURNED;
	}

	/** Not yet issued: a new split of the same indicator must wait. */
	public boolean open() {
		return this != ISSUED;
	}

	public DecompositionState submit() {
		if (!editable()) {
			throw new DecompositionRefusal.DecompositionNotSubmittable(this);
		}
		return SUBMITTED;
	}

	public DecompositionState approve() {
		if (this != SUBMITTED) {
			throw new DecompositionRefusal.DecompositionNotApprovable(this);
		}
		return APPROVED;
	}

	public DecompositionState issue() {
		if (this != APPROVED) {
			throw new DecompositionRefusal.DecompositionNotIssuable(this);
		}
		return ISSUED;
	}

	public DecompositionState giveBack() {
		if (this != SUBMITTED && this != APPROVED) {
			throw new DecompositionRefusal.DecompositionNotReturnable(this);
		}
		return RETURNED;
	}

}
