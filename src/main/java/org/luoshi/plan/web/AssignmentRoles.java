package org.luoshi.plan.web;

import java.text.Collator;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.luoshi.plan.AssignmentView;
import org.luoshi.plan.TaskSummary;

/**
 * The role words of responsibility clauses in the order the pages offer them, and the
 * organisations a list of tasks names, for the pages' choices.
 */
final class AssignmentRoles {

	/** Every role an organisation can have in a task: 牵头, 负责, 按职责分工负责, 参与, 配合, 指导. */
	static final List<String> ALL = List.of("lead", "responsible", "by-duty", "participant", "supporting", "guiding");

	/**
	 * The roles a correction may give an added organisation; the lead is changed apart.
	 */
	static final List<String> ADDABLE = List.of("responsible", "by-duty", "participant", "supporting", "guiding");

	private static final Comparator<String> CHINESE = Collator.getInstance(Locale.SIMPLIFIED_CHINESE)::compare;

	private AssignmentRoles() {
	}

	/**
	 * Every organisation named by the tasks, once, in the order of a Chinese dictionary.
	 */
	static List<Named> organisationsOf(List<AssignmentView> organisations) {
		return organisations.stream()
			.map((organisation) -> new Named(organisation.organisationId(), organisation.name()))
			.sorted(Comparator.comparing(Named::name, CHINESE))
			.toList();
	}

	/** Whether the assignment is the one the task's lead column shows. */
	static boolean isLead(AssignmentView assignment) {
		return "lead".equals(assignment.role());
	}

	/** An organisation offered in a choice. */
	public record Named(long id, String name) {
	}

}
