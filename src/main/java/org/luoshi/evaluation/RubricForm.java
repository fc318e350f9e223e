package org.luoshi.evaluation;

import java.util.List;

/** What the office saves as a rubric: the criteria in their order and the grade bands. */
public record RubricForm(List<Criterion> criteria, GradeBands bands) {

	public RubricForm {
		criteria = (criteria != null) ? List.copyOf(criteria) : List.of();
	}

}
