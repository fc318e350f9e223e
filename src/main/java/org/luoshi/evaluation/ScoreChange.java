package org.luoshi.evaluation;

import java.math.BigDecimal;
import java.util.List;

/**
 * What a recomputation changed for one organisation: its computed points before and
 * after, and each criterion whose points moved.
 *
 * @param before null for an organisation the run before did not assess
 */
public record ScoreChange(long organisationId, String organisationName, BigDecimal before, BigDecimal after,
		List<LineChange> lines) {

	public ScoreChange {
		lines = List.copyOf(lines);
	}

	/** One criterion's points before and after. */
	public record LineChange(String code, String name, BigDecimal before, BigDecimal after) {

	}

}
