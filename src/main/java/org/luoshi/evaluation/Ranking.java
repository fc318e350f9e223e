package org.luoshi.evaluation;

import java.util.List;

/** A year's results: the provincial departments and the cities, each ranked apart. */
public record Ranking(AssessmentSummary assessment, List<RankedScore> departments, List<RankedScore> cities) {

	public Ranking {
		departments = List.copyOf(departments);
		cities = List.copyOf(cities);
	}

}
