package org.luoshi.notice.internal.parse;

import java.util.List;
import java.util.Map;

import org.luoshi.common.Vocabulary;
import org.luoshi.notice.ResponsibilityRole;

/**
 * The words after a list of organisations that say what they do for a task (牵头, 负责,
 * 按职责分工负责, 参与, 配合, 指导), and the labels some notices use instead (牵头单位：…；配合单位：…).
 */
@Vocabulary("the role words and labels of responsibility clauses (牵头, 按职责分工负责, 配合单位)")
final class RoleWords {

	/** Longest first, so that 按职责分工负责 is not read as 负责. */
	private static final List<Map.Entry<String, ResponsibilityRole>> SUFFIXES = List.of(
			Map.entry("按照职责分工负责", ResponsibilityRole.BY_DUTY), Map.entry("按职责分工负责落实", ResponsibilityRole.BY_DUTY),
			Map.entry("按职责分工负责", ResponsibilityRole.BY_DUTY), Map.entry("按照职责负责", ResponsibilityRole.BY_DUTY),
			Map.entry("按职能分工负责", ResponsibilityRole.BY_DUTY), Map.entry("按职责分工落实", ResponsibilityRole.BY_DUTY),
			Map.entry("按职责分工", ResponsibilityRole.BY_DUTY), Map.entry("按职责负责", ResponsibilityRole.BY_DUTY),
			Map.entry("分工负责", ResponsibilityRole.BY_DUTY), Map.entry("各负其责", ResponsibilityRole.BY_DUTY),
			Map.entry("负责牵头", ResponsibilityRole.LEAD), Map.entry("牵头抓总", ResponsibilityRole.LEAD),
			Map.entry("总牵头", ResponsibilityRole.LEAD), Map.entry("为牵头单位", ResponsibilityRole.LEAD),
			Map.entry("为牵头部门", ResponsibilityRole.LEAD), Map.entry("牵头负责", ResponsibilityRole.LEAD),
			Map.entry("牵头落实", ResponsibilityRole.LEAD), Map.entry("牵头实施", ResponsibilityRole.LEAD),
			Map.entry("牵头", ResponsibilityRole.LEAD), Map.entry("为责任单位", ResponsibilityRole.RESPONSIBLE),
			Map.entry("配合落实", ResponsibilityRole.SUPPORTING), Map.entry("协助落实", ResponsibilityRole.SUPPORTING),
			Map.entry("参与落实", ResponsibilityRole.PARTICIPANT), Map.entry("督促落实", ResponsibilityRole.GUIDING),
			Map.entry("牵头推进", ResponsibilityRole.LEAD), Map.entry("负责推进", ResponsibilityRole.RESPONSIBLE),
			Map.entry("统筹协调", ResponsibilityRole.GUIDING), Map.entry("负责落实", ResponsibilityRole.RESPONSIBLE),
			Map.entry("负责实施", ResponsibilityRole.RESPONSIBLE), Map.entry("共同负责", ResponsibilityRole.RESPONSIBLE),
			Map.entry("具体负责", ResponsibilityRole.RESPONSIBLE), Map.entry("分别负责", ResponsibilityRole.RESPONSIBLE),
			Map.entry("组织实施", ResponsibilityRole.RESPONSIBLE), Map.entry("组织落实", ResponsibilityRole.RESPONSIBLE),
			Map.entry("抓好落实", ResponsibilityRole.RESPONSIBLE), Map.entry("抓落实", ResponsibilityRole.RESPONSIBLE),
			Map.entry("负责", ResponsibilityRole.RESPONSIBLE), Map.entry("落实", ResponsibilityRole.RESPONSIBLE),
			Map.entry("参与实施", ResponsibilityRole.PARTICIPANT), Map.entry("参与", ResponsibilityRole.PARTICIPANT),
			Map.entry("参加", ResponsibilityRole.PARTICIPANT), Map.entry("配合实施", ResponsibilityRole.SUPPORTING),
			Map.entry("配合", ResponsibilityRole.SUPPORTING), Map.entry("协助", ResponsibilityRole.SUPPORTING),
			Map.entry("协办", ResponsibilityRole.SUPPORTING), Map.entry("协同", ResponsibilityRole.SUPPORTING),
			Map.entry("负责指导", ResponsibilityRole.GUIDING), Map.entry("督促指导", ResponsibilityRole.GUIDING),
			Map.entry("业务指导", ResponsibilityRole.GUIDING), Map.entry("指导", ResponsibilityRole.GUIDING),
			Map.entry("协调", ResponsibilityRole.GUIDING));

	private static final List<Map.Entry<String, ResponsibilityRole>> LABELS = List.of(
			Map.entry("牵头单位", ResponsibilityRole.LEAD), Map.entry("牵头部门", ResponsibilityRole.LEAD),
			Map.entry("主办单位", ResponsibilityRole.LEAD), Map.entry("主责单位", ResponsibilityRole.LEAD),
			Map.entry("责任单位", ResponsibilityRole.RESPONSIBLE), Map.entry("责任部门", ResponsibilityRole.RESPONSIBLE),
			Map.entry("承办单位", ResponsibilityRole.RESPONSIBLE), Map.entry("参与单位", ResponsibilityRole.PARTICIPANT),
			Map.entry("参与部门", ResponsibilityRole.PARTICIPANT), Map.entry("参加单位", ResponsibilityRole.PARTICIPANT),
			Map.entry("配合单位", ResponsibilityRole.SUPPORTING), Map.entry("配合部门", ResponsibilityRole.SUPPORTING),
			Map.entry("协办单位", ResponsibilityRole.SUPPORTING), Map.entry("协助单位", ResponsibilityRole.SUPPORTING),
			Map.entry("指导单位", ResponsibilityRole.GUIDING), Map.entry("负责单位", ResponsibilityRole.RESPONSIBLE),
			Map.entry("负责部门", ResponsibilityRole.RESPONSIBLE), Map.entry("主办部门", ResponsibilityRole.LEAD),
			Map.entry("主责部门", ResponsibilityRole.LEAD), Map.entry("协办部门", ResponsibilityRole.SUPPORTING),
			Map.entry("参加部门", ResponsibilityRole.PARTICIPANT), Map.entry("指导部门", ResponsibilityRole.GUIDING));

	/**
	 * Labels of people rather than organisations (责任领导：张三): county and city notices name
	 * the leader in charge beside the organisations. The clause keeps them as written;
	 * they are no organisation.
	 */
	private static final List<String> PERSON_LABELS = List.of("责任领导", "牵头领导", "分管领导", "联系领导", "包保领导", "牵头市领导", "牵头省领导",
			"牵头县领导", "市级领导", "省级领导", "县级领导", "责任人", "联系人");

	record Found(String word, ResponsibilityRole role) {
	}

	/** Whether the segment opens with the label and its colon (牵头单位：). */
	static boolean startsWithLabel(String segment, String label) {
		return segment.startsWith(label) && segment.length() > label.length()
				&& (segment.charAt(label.length()) == ':' || segment.charAt(label.length()) == '：');
	}

	/** Every label word, of organisations and of people. */
	static List<String> labelWords() {
		List<String> words = new java.util.ArrayList<>(PERSON_LABELS);
		LABELS.forEach(entry -> words.add(entry.getKey()));
		return words;
	}

	/** Whether a segment starts with a label of people (责任领导：). */
	static boolean isPersonLabelled(String segment) {
		for (String label : PERSON_LABELS) {
			if (startsWithLabel(segment, label)) {
				return true;
			}
		}
		return false;
	}

	private static final int LONGEST_LABEL = LABELS.stream().mapToInt(e -> e.getKey().length()).max().orElse(0);

	private RoleWords() {
	}

	private static boolean colonWithin(String segment, int length) {
		for (int i = Math.min(segment.length() - 1, length); i > 0; i--) {
			char c = segment.charAt(i);
			if (c == ':' || c == '：') {
				return true;
			}
		}
		return false;
	}

	/** The role word a segment ends with, or null. */
	static Found suffixOf(String segment) {
		for (Map.Entry<String, ResponsibilityRole> entry : SUFFIXES) {
			if (segment.endsWith(entry.getKey())) {
				return new Found(entry.getKey(), entry.getValue());
			}
		}
		return null;
	}

	/**
	 * The label a segment starts with (牵头单位：), or null; the label must be followed by a
	 * colon.
	 */
	static Found labelOf(String segment) {
		if (!colonWithin(segment, LONGEST_LABEL)) {
			// most text has no colon where a label's would be: decided at once
			return null;
		}
		for (Map.Entry<String, ResponsibilityRole> entry : LABELS) {
			String label = entry.getKey();
			if (startsWithLabel(segment, label)) {
				return new Found(label, entry.getValue());
			}
		}
		return null;
	}

}
