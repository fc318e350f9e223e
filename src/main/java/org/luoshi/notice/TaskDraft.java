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
 */
public record TaskDraft(String id, String text, String responsibilityClause, ResponsibilityMode mode,
		List<ResponsibleOrganisation> responsible, String lead, boolean openEnded, int line) {

	public TaskDraft {
		responsible = List.copyOf(responsible);
	}

	public List<String> responsibleNames() {
		return responsible.stream().map(ResponsibleOrganisation::name).toList();
	}

}
