package org.luoshi.indicator;

import java.math.BigDecimal;
import java.util.List;

/**
 * A split of a provincial target among the cities, with the check of the city targets
 * against it and every step so far. {@code version} is what a change of the city targets
 * must name (If-Match); {@code illustrative} marks a split the demo loader made (示例数据).
 */
public record Decomposition(long id, long indicatorId, String indicator, String kind, String unit,
		BigDecimal provincialTarget, DecompositionState state, String returnedReason, int version,
		List<CityShare> shares, DecompositionCheck check, List<DecompositionStep> steps, boolean illustrative) {

	public Decomposition {
		shares = List.copyOf(shares);
		steps = List.copyOf(steps);
	}

}
