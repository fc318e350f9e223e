package org.luoshi.notice.internal.parse;

import org.luoshi.common.Vocabulary;

/**
 * Marks that name the lead inside a list instead of a role word after it: 省发展改革委（牵头）,
 * 省营商环境建设局*, ※省财政厅.
 */
@Vocabulary("the marks notices put after a lead organisation's name (（牵头）, （主责）)")
final class LeadMarks {

	private static final String[] AFTER = { "(牵头)", "(牵头单位)", "(牵头部门)", "(主责)", "(主责单位)", "(主办)", "(总牵头)", "*", "※",
			"★" };

	private static final String[] BEFORE = { "*", "※", "★" };

	private LeadMarks() {
	}

	/** The name without its lead mark; the same string when it has none. */
	static String without(String name) {
		for (String mark : AFTER) {
			if (name.endsWith(mark) && name.length() > mark.length()) {
				return name.substring(0, name.length() - mark.length());
			}
		}
		for (String mark : BEFORE) {
			if (name.startsWith(mark) && name.length() > mark.length()) {
				return name.substring(mark.length());
			}
		}
		return name;
	}

}
