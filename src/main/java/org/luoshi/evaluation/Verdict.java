package org.luoshi.evaluation;

import java.util.Arrays;

import com.fasterxml.jackson.annotation.JsonValue;
import org.luoshi.common.Worded;
import org.luoshi.indicator.IndicatorStanding;
import org.luoshi.indicator.IndicatorStatus;

/**
 * The words offices write on a figure against its path (提前完成, 快于预期, 符合进度, 滞后, 严重滞后, 暂无数据,
 * and 已完成 for a target met in its own year), derived from the indicator module's
 * assessment under the plan's thresholds:
 * <ul>
 * <li>no figure for the year, or no baseline to measure it from: no data;</li>
 * <li>a path target (reach, reduce or increase by a percentage, cumulative) met before
 * its year: ahead; met in or after its year: completed;</li>
 * <li>a constraint (maintain, cap, range) holding: on schedule, in its target year
 * completed;</li>
 * <li>otherwise by progress minus the elapsed share, in points: at least the on-track
 * margin ahead — faster; within the margin either way — on schedule; behind by more than
 * the on-track margin and at most the at-risk margin — lagging; further behind, a
 * constraint broken, or the target year passed unmet — seriously lagging.</li>
 * </ul>
 */
public enum Verdict implements Worded {

	AHEAD("ahead"), COMPLETED("completed"), FASTER("faster"), ON_SCHEDULE("on-schedule"), LAGGING("lagging"),
	SERIOUSLY_LAGGING("seriously-lagging"), NO_DATA("no-data");

	private static final double TOLERANCE = 1e-9;

	private final String code;

	Verdict(String code) {
		this.code = code;
	}

	@JsonValue
	public String code() {
		return this.code;
	}

	@Override
	public String wordCode() {
		return "evaluation.verdict." + this.code;
	}

	public static Verdict of(String code) {
		return Arrays.stream(values())
			.filter((v) -> v.code.equals(code))
			.findFirst()
			.orElseThrow(() -> new IllegalArgumentException("unknown verdict " + code));
	}

	/**
	 * @param assessment where the indicator stood in the year
	 * @param constraint whether it is a maintain, cap or range indicator
	 * @param targetYear the year the target must be met by
	 * @param onTrackPoints the plan's on-track margin
	 */
	public static Verdict of(IndicatorStanding assessment, boolean constraint, Integer targetYear,
			double onTrackPoints) {
		IndicatorStatus status = assessment.status();
		if (status == IndicatorStatus.NO_DATA || status == IndicatorStatus.NO_BASELINE || assessment.year() == null) {
			return NO_DATA;
		}
		boolean targetYearReached = targetYear != null && assessment.year() >= targetYear;
		if (status == IndicatorStatus.ACHIEVED) {
			if (targetYearReached) {
				return COMPLETED;
			}
			return constraint ? ON_SCHEDULE : AHEAD;
		}
		if (status == IndicatorStatus.AT_RISK) {
			return LAGGING;
		}
		if (status == IndicatorStatus.OFF_TRACK) {
			return SERIOUSLY_LAGGING;
		}
		Double gap = assessment.gapPoints();
		return (gap != null && gap + TOLERANCE >= onTrackPoints) ? FASTER : ON_SCHEDULE;
	}

	/**
	 * Whether the office counts it as on track in the headline (met, ahead or on time).
	 */
	public boolean onTrack() {
		return this == AHEAD || this == COMPLETED || this == FASTER || this == ON_SCHEDULE;
	}

}
