package org.luoshi.plan.internal.sheet;

import java.util.ArrayList;
import java.util.List;

import org.luoshi.common.Vocabulary;
import org.luoshi.notice.ResponsibilityMode;
import org.luoshi.notice.ResponsibilityRole;
import org.luoshi.notice.ResponsibleOrganisation;

/**
 * Writes a task's responsibility clause back in the notice's style from what the sheet
 * says: （科技部牵头，发展改革委、财政部参与）, （省发展改革委、省农委负责）, （省水利厅、省发展改革委等部门按职责分工负责）. Consecutive
 * organisations with the same role share one role word; where all answer (负责) a lead
 * listed before the others is written among them, as the notice's rule 列第一位者为牵头部门 has it.
 */
@Vocabulary("the clause words written into the register as the notice would write them (有关部门, 等部门)")
final class ClauseWriter {

	private ClauseWriter() {
	}

	static String clause(ResponsibilityMode mode, List<ResponsibleOrganisation> responsible, boolean openEnded) {
		if (responsible.isEmpty()) {
			return "（" + (openEnded ? "有关部门" : "") + SheetWords.roleWord(SheetWords.impliedRole(mode)) + "）";
		}
		List<String> names = new ArrayList<>();
		List<String> words = new ArrayList<>();
		boolean answeringBefore = false;
		for (ResponsibleOrganisation organisation : responsible) {
			ResponsibilityRole role = organisation.role();
			boolean leadAmongEquals = mode == ResponsibilityMode.RESPONSIBLE && role == ResponsibilityRole.LEAD
					&& !answeringBefore;
			names.add(organisation.name());
			words.add(leadAmongEquals ? SheetWords.RESPONSIBLE : SheetWords.roleWord(role));
			answeringBefore |= role == ResponsibilityRole.RESPONSIBLE;
		}
		StringBuilder clause = new StringBuilder("（");
		int start = 0;
		for (int i = 1; i <= names.size(); i++) {
			if (i < names.size() && words.get(i).equals(words.get(start))) {
				continue;
			}
			if (start > 0) {
				clause.append('，');
			}
			clause.append(String.join("、", names.subList(start, i)));
			if (i == names.size() && openEnded) {
				clause.append("等部门");
			}
			clause.append(words.get(start));
			start = i;
		}
		return clause.append('）').toString();
	}

}
