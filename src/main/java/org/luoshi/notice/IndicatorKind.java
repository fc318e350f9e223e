package org.luoshi.notice;

/** The arithmetic a target follows (DESIGN.md, indicator arithmetic). */
public enum IndicatorKind {

	/** actual ≥ target every year: 保持在, 稳定在, 不低于 */
	MAINTAIN("maintain"),
	/** actual ≥ target by the target year: 达到, 提高到 */
	REACH("reach"),
	/** actual ≤ target: 控制在…以内, 不超过 */
	CAP("cap"),
	/** fall by a percentage against the baseline year: 降低, 下降, 减少 …％ */
	REDUCE_BY_PERCENT("reduce-by-percent"),
	/** rise by a percentage: 增长, 提高 …％ */
	INCREASE_BY_PERCENT("increase-by-percent"),
	/** sum of yearly values over the period: 累计 */
	CUMULATIVE("cumulative"),
	/** between two bounds: 6％—7％ */
	RANGE("range");

	private final String code;

	IndicatorKind(String code) {
		this.code = code;
	}

	public String code() {
		return code;
	}

}
