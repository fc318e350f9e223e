package org.luoshi.evaluation.internal;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * Numbers as the report prints them: figures as entered, derived levels to at most three
 * decimals, shares as percentages to one decimal, gaps in points with their sign.
 */
public final class Numbers {

	private Numbers() {
	}

	/** A figure as entered (553, 0.965); empty for none. */
	public static String plain(BigDecimal value) {
		if (value == null) {
			return null;
		}
		return (value.signum() == 0) ? "0" : value.stripTrailingZeros().toPlainString();
	}

	/** A derived level to at most three decimals (0.966, 43.4); null for none. */
	public static String level(Double value) {
		if (value == null || value.isNaN() || value.isInfinite()) {
			return null;
		}
		BigDecimal rounded = BigDecimal.valueOf(value).setScale(3, RoundingMode.HALF_UP);
		return plain(rounded);
	}

	/** A share as a percentage to one decimal (0.21875 → 21.9%); null for none. */
	public static String percent(Double share) {
		if (share == null || share.isNaN() || share.isInfinite()) {
			return null;
		}
		return BigDecimal.valueOf(share * 100).setScale(1, RoundingMode.HALF_UP).toPlainString() + "%";
	}

	/** Percentage points with their sign (+13.3, −1.9); null for none. */
	public static String points(Double points) {
		if (points == null || points.isNaN()) {
			return null;
		}
		String value = BigDecimal.valueOf(Math.abs(points)).setScale(1, RoundingMode.HALF_UP).toPlainString();
		return ((points < 0 && !"0.0".equals(value)) ? "-" : "+") + value;
	}

}
