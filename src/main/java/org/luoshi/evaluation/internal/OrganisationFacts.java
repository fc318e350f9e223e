package org.luoshi.evaluation.internal;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

import org.luoshi.reporting.OrganisationConduct;
import org.luoshi.reporting.TaskAccount;

/**
 * What the data says of one organisation in the assessed year: how it reported, the
 * statuses it gave its tasks, the binding indicators it answers for with where each
 * stood, and the office's marks.
 */
public record OrganisationFacts(OrganisationConduct conduct, List<TaskAccount> tasks, List<IndicatorFact> indicators,
		Map<String, Mark> marks) {

	public OrganisationFacts {
		tasks = List.copyOf(tasks);
		indicators = List.copyOf(indicators);
		marks = Map.copyOf(marks);
	}

	/**
	 * A binding indicator the organisation answers for: one it leads, or its share of a
	 * decomposed one.
	 *
	 * @param share a city's decomposed share rather than the indicator itself
	 * @param figure the figure of the year as written; null without one
	 * @param status where it stood in the year (achieved, on-track…)
	 */
	public record IndicatorFact(long indicatorId, String name, boolean share, String figure, String target,
			String status) {

		/** Met: achieved, or on track along its path. */
		public boolean met() {
			return "achieved".equals(this.status) || "on-track".equals(this.status);
		}

	}

	/** The office's mark for a criterion, with its reason. */
	public record Mark(BigDecimal points, String reason) {

	}

}
