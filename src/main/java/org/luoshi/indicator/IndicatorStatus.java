package org.luoshi.indicator;

import com.fasterxml.jackson.annotation.JsonValue;

/**
 * Where an indicator stands in a year: target achieved, on track, at risk or off track
 * against the share of the period elapsed (时间过半、任务过半); or not yet assessable.
 */
public enum IndicatorStatus {

	/** The target is met, or the constraint (maintain, cap, range) holds this year. */
	ACHIEVED("achieved"),
	/** Progress no more than the on-track margin behind the elapsed share. */
	ON_TRACK("on-track"),
	/** Behind by more than the on-track margin, no more than the at-risk margin. */
	AT_RISK("at-risk"),
	/** Further behind, a constraint broken, or the target year passed unmet. */
	OFF_TRACK("off-track"),
	/** The target is measured from a baseline the office has not entered yet. */
	NO_BASELINE("no-baseline"),
	/**
	 * A yearly rate whose year before has no figure: the change since the baseline cannot
	 * be chained, and a missing year is never assumed.
	 */
	MISSING_YEAR("missing-year"),
	/** No figure yet. */
	NO_DATA("no-data");

	private final String code;

	IndicatorStatus(String code) {
		this.code = code;
	}

	@JsonValue
	public String code() {
		return this.code;
	}

}
