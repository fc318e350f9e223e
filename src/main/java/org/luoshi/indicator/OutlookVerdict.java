package org.luoshi.indicator;

import com.fasterxml.jackson.annotation.JsonValue;
import org.luoshi.common.Worded;

/**
 * The mid-term outlook of an indicator to its target year, in the words of the offices'
 * evaluation reports; {@link OutlookRule} says how each is decided.
 */
public enum OutlookVerdict implements Worded {

	/** 可完成: the trend reaches the target (or it is reached already). */
	ACHIEVABLE("achievable"),
	/** 有难度: the trend falls short, but the yearly pace still required is within reach. */
	DIFFICULT("difficult"),
	/** 难以完成: the pace still required is far beyond the pace so far, or time is up. */
	UNLIKELY("unlikely"),
	/** 无法判断: no figure, no baseline or a broken chain of rates to judge from. */
	UNKNOWN("unknown");

	private final String code;

	OutlookVerdict(String code) {
		this.code = code;
	}

	@JsonValue
	public String code() {
		return this.code;
	}

	@Override
	public String wordCode() {
		return "indicator.outlook.verdict." + this.code;
	}

}
