package org.luoshi.indicator;

import java.util.Arrays;

import com.fasterxml.jackson.annotation.JsonValue;
import org.luoshi.common.Worded;

/**
 * Where a revised target stands: proposed by the planning office, then approved by a
 * leader (it holds from its year on) or returned with a reason. One method per
 * transition; each refuses by name what the state does not allow.
 */
public enum RevisionState implements Worded {

	PROPOSED("proposed"), APPROVED("approved"), RETURNED("returned");

	private final String code;

	RevisionState(String code) {
		this.code = code;
	}

	@JsonValue
	public String code() {
		return this.code;
	}

	@Override
	public String wordCode() {
		return "indicator.revision.state." + this.code;
	}

	public static RevisionState of(String code) {
		return Arrays.stream(values())
			.filter((s) -> s.code.equals(code))
			.findFirst()
			.orElseThrow(() -> new IllegalStateException("unknown revision state " + code));
	}

	/** Awaiting a leader's decision: another proposal for the indicator must wait. */
	public boolean open() {
		return this == PROPOSED;
	}

	public RevisionState approve() {
		if (this != PROPOSED) {
			throw new TargetRevisionRefusal.RevisionNotOpen(this);
		}
		return APPROVED;
	}

	public RevisionState giveBack() {
		if (this != PROPOSED) {
			throw new TargetRevisionRefusal.RevisionNotOpen(this);
		}
		return RETURNED;
	}

}
