package org.luoshi.notice;

import java.util.List;

/**
 * One task: a piece of work closed by its responsibility clause.
 *
 * @param id chapter.section.n, section 0 for tasks directly under the chapter
 * @param text the task's words as written, without the clause
 * @param responsibilityClause the clause as written, parentheses included
 * @param mode how responsibility is shared
 * @param responsible the named organisations in written order, each with its role
 * @param lead the leading organisation, or null when nobody leads (by duty, or several
 * equals)
 * @param openEnded the list is not complete (…等部门, 会同有关部门)
 * @param line 1-based source line of the paragraph
 * @param timeLimit the completion time limit the clause states after the organisations
 * (年内持续推进, 6月底前出台相关政策), or null
 */
public record TaskDraft(String id, String text, String responsibilityClause, ResponsibilityMode mode,
		List<ResponsibleOrganisation> responsible, String lead, boolean openEnded, int line, String timeLimit) {

	public TaskDraft {
		responsible = List.copyOf(responsible);
	}

	/** A task whose clause states no time limit. */
	public TaskDraft(String id, String text, String responsibilityClause, ResponsibilityMode mode,
			List<ResponsibleOrganisation> responsible, String lead, boolean openEnded, int line) {
		this(id, text, responsibilityClause, mode, responsible, lead, openEnded, line, null);
	}

	public List<String> responsibleNames() {
		return responsible.stream().map(ResponsibleOrganisation::name).toList();
	}

}
