package org.luoshi.evaluation;

import java.time.OffsetDateTime;
import java.util.List;

/**
 * A rubric (考核细则) of a plan's year for one group of organisations, at the version it was
 * saved in: {@code version} is what a change must name (If-Match).
 */
public record Rubric(long id, long planId, int year, RubricGroup group, int version, List<Criterion> criteria,
		GradeBands bands, String savedBy, OffsetDateTime savedAt) {

	public Rubric {
		criteria = List.copyOf(criteria);
	}

	public List<Criterion> of(CriterionSource.Part part) {
		return this.criteria.stream().filter((c) -> c.part() == part).toList();
	}

	public RubricForm form() {
		return new RubricForm(this.criteria, this.bands);
	}

}
