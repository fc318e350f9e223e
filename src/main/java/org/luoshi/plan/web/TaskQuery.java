package org.luoshi.plan.web;

import org.luoshi.plan.TaskFilter;

/**
 * The search form of the plan overview as the address carries it: words, an organisation,
 * a role and a chapter; empty fields do not narrow the list.
 */
public record TaskQuery(String q, Long organisation, String role, Integer chapter) {

	TaskFilter filter() {
		return new TaskFilter(blankToNull(this.q), this.organisation, this.chapter, blankToNull(this.role));
	}

	private static String blankToNull(String value) {
		return (value == null || value.isBlank()) ? null : value.strip();
	}

}
