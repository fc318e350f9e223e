package org.luoshi.indicator;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.List;

import org.luoshi.notice.IndicatorKind;

/**
 * City targets held against the provincial target. By sum, the city targets of an
 * absolute quantity must add up to at least the provincial one (耕地保有量 553 万公顷), or for a
 * cap to at most; by weighted average, the cities' rates weighted by GDP or energy use
 * must come to at least the provincial rate (单位地区生产总值能源消耗降低16％). Exact decimal
 * arithmetic, so that shares adding up to the target are never a rounding error short.
 *
 * @param combined the sum or weighted average of the city targets; null while some are
 * missing
 * @param gap combined minus the provincial target (negative: short, for a cap: within)
 * @param shortfall how much is missing (for a cap: how much too much); zero when it
 * passes
 * @param missingTargets the cities without a target
 * @param missingWeights the cities without a positive weight (weighted check only)
 */
public record DecompositionCheck(CheckMethod method, boolean atMost, BigDecimal provincialTarget, BigDecimal combined,
		BigDecimal gap, BigDecimal shortfall, boolean passes, List<String> missingTargets,
		List<String> missingWeights) {

	// a weighted average is shown to four decimals of a percentage point
	private static final int SCALE = 4;

	public DecompositionCheck {
		missingTargets = List.copyOf(missingTargets);
		missingWeights = List.copyOf(missingWeights);
	}

	public static DecompositionCheck of(CheckMethod method, IndicatorKind kind, BigDecimal provincialTarget,
			List<CityShare> shares) {
		boolean atMost = kind == IndicatorKind.CAP;
		List<String> missingTargets = shares.stream()
			.filter((s) -> s.target() == null)
			.map(CityShare::organisation)
			.toList();
		List<String> missingWeights = (method == CheckMethod.SUM) ? List.of()
				: shares.stream()
					.filter((s) -> s.weight() == null || s.weight().signum() <= 0)
					.map(CityShare::organisation)
					.toList();
		if (shares.isEmpty() || !missingTargets.isEmpty() || !missingWeights.isEmpty()) {
			return new DecompositionCheck(method, atMost, provincialTarget, null, null, null, false, missingTargets,
					missingWeights);
		}
		BigDecimal combined = (method == CheckMethod.SUM) ? sum(shares) : weightedAverage(shares);
		BigDecimal gap = normal(combined.subtract(provincialTarget));
		boolean passes = atMost ? gap.signum() <= 0 : gap.signum() >= 0;
		BigDecimal shortfall = passes ? BigDecimal.ZERO : gap.abs();
		return new DecompositionCheck(method, atMost, provincialTarget, normal(combined), gap, shortfall, passes,
				missingTargets, missingWeights);
	}

	private static BigDecimal sum(List<CityShare> shares) {
		return shares.stream().map(CityShare::target).reduce(BigDecimal.ZERO, BigDecimal::add);
	}

	private static BigDecimal weightedAverage(List<CityShare> shares) {
		BigDecimal weights = shares.stream().map(CityShare::weight).reduce(BigDecimal.ZERO, BigDecimal::add);
		BigDecimal weighted = shares.stream()
			.map((s) -> s.target().multiply(s.weight()))
			.reduce(BigDecimal.ZERO, BigDecimal::add);
		return weighted.divide(weights, MathContext.DECIMAL64).setScale(SCALE, RoundingMode.HALF_UP);
	}

	private static BigDecimal normal(BigDecimal value) {
		BigDecimal stripped = value.stripTrailingZeros();
		return (stripped.scale() < 0) ? stripped.setScale(0) : stripped;
	}

}
