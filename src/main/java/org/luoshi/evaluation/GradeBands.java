package org.luoshi.evaluation;

import java.math.BigDecimal;

/**
 * Where the grades begin, in points: 超额完成 from {@code exceeded} (95), 完成 from
 * {@code completed} (80), 基本完成 from {@code basic} (60), 未完成 below.
 */
public record GradeBands(BigDecimal exceeded, BigDecimal completed, BigDecimal basic) {

	/** The bands most published rubrics use: 95, 80, 60. */
	public static GradeBands usual() {
		return new GradeBands(BigDecimal.valueOf(95), BigDecimal.valueOf(80), BigDecimal.valueOf(60));
	}

	public Grade of(BigDecimal points) {
		if (points.compareTo(this.exceeded) >= 0) {
			return Grade.EXCEEDED;
		}
		if (points.compareTo(this.completed) >= 0) {
			return Grade.COMPLETED;
		}
		return (points.compareTo(this.basic) >= 0) ? Grade.BASICALLY_COMPLETED : Grade.NOT_COMPLETED;
	}

}
