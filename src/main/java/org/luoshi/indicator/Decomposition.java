package org.luoshi.indicator;

import java.math.BigDecimal;
import java.util.List;

/**
 * A split of a provincial target among the cities, with the check of the city targets
 * against it and every step so far. {@code version} is what a change of the city targets
 * must name (If-Match).
 */
public record Decomposition(long id, long indicatorId, String indicator, String kind, String unit,
		BigDecimal provincialTarget, DecompositionState state, String returnedReason, int version,
		List<CityShare> shares, DecompositionCheck check, List<DecompositionStep> steps) {

	public Decomposition {
		shares = List.copyOf(shares);
		steps = List.copyOf(steps);
	}

}
