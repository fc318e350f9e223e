package org.luoshi.plan.internal.sheet;

import java.util.List;
import java.util.Map;

import org.luoshi.common.Vocabulary;
import org.luoshi.notice.ResponsibilityMode;
import org.luoshi.notice.ResponsibilityRole;

/**
 * The words the sheet uses for the ways a task is shared (方式) and for the role of one
 * organisation (the word after ：in 责任单位), as the notices write them.
 */
@Vocabulary("the words the division sheet writes and reads in its cells, as the notices write them (牵头, 按职责分工负责, 等部门)")
final class SheetWords {

	static final String LEAD = "牵头";

	static final String RESPONSIBLE = "负责";

	static final String BY_DUTY = "按职责分工负责";

	/** Ends an open list of organisations (…等部门). */
	static final String OPEN_END = "等";

	/** The ways an open list of organisations ends, longest first. */
	static final List<String> OPEN_ENDS = List.of("等部门", "等单位", OPEN_END);

	/** Separates the names of a list. */
	static final String SEPARATOR = "、";

	/** Ends the name of a government (各市（州）政府). */
	static final String GOVERNMENT = "政府";

	/** Starts a collective name (各市（州）政府). */
	static final String EACH = "各";

	/** The words a 方式 cell may hold, as the messages list them. */
	static final String MODE_WORDS = "牵头、负责、按职责分工负责";

	static final String ROLE_WORDS = "牵头、负责、按职责分工负责、参与、配合、指导";

	private static final Map<String, ResponsibilityRole> ROLES = Map.of(LEAD, ResponsibilityRole.LEAD, RESPONSIBLE,
			ResponsibilityRole.RESPONSIBLE, BY_DUTY, ResponsibilityRole.BY_DUTY, "参与", ResponsibilityRole.PARTICIPANT,
			"配合", ResponsibilityRole.SUPPORTING, "协助", ResponsibilityRole.SUPPORTING, "指导", ResponsibilityRole.GUIDING);

	private SheetWords() {
	}

	/** 牵头, 负责 or 按职责分工负责 for a mode code (lead, responsible, by-duty). */
	static String modeWord(String modeCode) {
		return switch (modeCode) {
			case "lead" -> LEAD;
			case "by-duty" -> BY_DUTY;
			default -> RESPONSIBLE;
		};
	}

	/** The mode a 方式 cell names, or null when it names none. */
	static ResponsibilityMode mode(String word) {
		return switch (word) {
			case LEAD -> ResponsibilityMode.LEAD;
			case RESPONSIBLE -> ResponsibilityMode.RESPONSIBLE;
			case BY_DUTY -> ResponsibilityMode.BY_DUTY;
			default -> null;
		};
	}

	/**
	 * The role every organisation of a task has unless the sheet says otherwise: the role
	 * its mode names.
	 */
	static ResponsibilityRole impliedRole(ResponsibilityMode mode) {
		return switch (mode) {
			case LEAD -> ResponsibilityRole.LEAD;
			case RESPONSIBLE -> ResponsibilityRole.RESPONSIBLE;
			case BY_DUTY -> ResponsibilityRole.BY_DUTY;
		};
	}

	/** The role a word after ：names, or null when it names none. */
	static ResponsibilityRole role(String word) {
		return ROLES.get(word);
	}

	static String roleWord(ResponsibilityRole role) {
		return switch (role) {
			case LEAD -> LEAD;
			case RESPONSIBLE -> RESPONSIBLE;
			case BY_DUTY -> BY_DUTY;
			case PARTICIPANT -> "参与";
			case SUPPORTING -> "配合";
			case GUIDING -> "指导";
		};
	}

	/** The role for a stored role code (lead, participant, …); unknown codes answer. */
	static ResponsibilityRole roleOfCode(String code) {
		for (ResponsibilityRole role : ResponsibilityRole.values()) {
			if (role.code().equals(code)) {
				return role;
			}
		}
		return ResponsibilityRole.RESPONSIBLE;
	}

	static ResponsibilityMode modeOfCode(String code) {
		for (ResponsibilityMode mode : ResponsibilityMode.values()) {
			if (mode.code().equals(code)) {
				return mode;
			}
		}
		return ResponsibilityMode.RESPONSIBLE;
	}

}
