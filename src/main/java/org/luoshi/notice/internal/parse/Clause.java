package org.luoshi.notice.internal.parse;

import java.util.List;

import org.luoshi.notice.NoticeMessage;
import org.luoshi.notice.ResponsibilityRole;

/**
 * A responsibility clause read in compared form: the organisations in written order with
 * the role word that follows each, whether the list is open, whether the clause itself
 * states the first-listed-leads rule, whether a single organisation convenes the others
 * (X会同Y负责), what could not be read, the completion time limit written after the
 * organisations (null when none), and the rule it states for the tasks after it
 * (以下均需X落实，不再列出; null when none).
 */
record Clause(List<Named> organisations, boolean openEnded, boolean statesLeadRule, boolean convened,
		List<NoticeMessage> problems, String timeLimit, StandingRule standingRule) {

	/**
	 * One name in a clause with the role its role word gives it; {@code written} is the
	 * name as the clause writes it where the importer completed it (城乡建设委 for 市城乡建设委).
	 */
	record Named(String name, ResponsibilityRole role, String written) {

		Named(String name, ResponsibilityRole role) {
			this(name, role, name);
		}

	}

	Clause {
		organisations = List.copyOf(organisations);
		problems = List.copyOf(problems);
	}

	boolean hasExplicitLead() {
		return organisations.stream().anyMatch(n -> n.role() == ResponsibilityRole.LEAD);
	}

}
