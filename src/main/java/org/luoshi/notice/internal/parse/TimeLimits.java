package org.luoshi.notice.internal.parse;

import java.util.List;
import java.util.regex.Pattern;

import org.luoshi.common.Vocabulary;

/**
 * The completion time limit (完成时限) that many notices — the State Council's yearly
 * division of the government work report above all — put in the clause after the
 * organisations: （财政部牵头，人民银行等按职责分工负责，6月底前出台相关政策并持续推进）, （…负责，年内持续推进）, （…配合，2021年底前完成）, or
 * labelled 完成时限：2022年. It is kept with the task and is not an organisation.
 */
@Vocabulary("the wordings of completion time limits (年底前, 持续推进, 完成时限)")
final class TimeLimits {

	/** Longer than any real time limit; a longer tail is not read as one. */
	private static final int MAX_LENGTH = 40;

	/**
	 * How a time limit starts (compared form: ASCII digits): a year, a month, a part of
	 * the year, or a word for an ongoing effort.
	 */
	private static final Pattern START = Pattern
		.compile("^(?:(?:\\d{4}|[〇○零一二三四五六七八九]{4})年" + "|\\d{1,2}月|[一二三四五六七八九十]{1,2}月(?:底|末|中|份|上旬|中旬|下旬)"
				+ "|年内|年底|年中|年末|今年|明年|当年|本年|全年|上半年|下半年|第?[一二三四1-4]季度|每年|每季度|每月|每半年"
				+ "|长期|持续|逐年|逐步|分阶段|分年度|分步|按年度|按季度|按月|近期|中期|远期|常态化|经常性|\\d{4}-\\d{4}年"
				+ "|\\d{4}—\\d{4}年|[“\"]?十[一二三四五]五[”\"]?(?:期间|时期|末))");

	/** Every way {@link #START} can begin: a cheap test before the expression. */
	private static final String FIRST_CHARACTERS = "0123456789〇○零一二三四五六七八九十年今明当本全上下第每长持逐分按近中远常经“\"";

	/** Labels some notices put before the limit: 完成时限：年内. */
	static final List<String> LABELS = List.of("完成时限", "完成时间", "时间要求", "时限要求", "时间节点", "进度安排");

	private TimeLimits() {
	}

	/** Whether a clause segment states when the work is due rather than who does it. */
	static boolean is(String segment) {
		String s = ClauseReader.trimPunctuation(segment);
		if (s.isEmpty() || s.length() > MAX_LENGTH) {
			return false;
		}
		for (String label : LABELS) {
			if (RoleWords.startsWithLabel(s, label)) {
				return true;
			}
		}
		// a role word at the end names organisations (各省级人民政府负责), whatever it starts
		// with
		return FIRST_CHARACTERS.indexOf(s.charAt(0)) >= 0 && START.matcher(s).find() && RoleWords.suffixOf(s) == null;
	}

	/** The segment without its label: 完成时限：年内 → 年内. */
	static String withoutLabel(String segment) {
		String s = ClauseReader.trimPunctuation(segment);
		for (String label : LABELS) {
			if (RoleWords.startsWithLabel(s, label)) {
				return s.substring(label.length() + 1).strip();
			}
		}
		return s;
	}

}
