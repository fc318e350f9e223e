package org.luoshi.notice.internal.parse;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import org.luoshi.common.Vocabulary;
import org.luoshi.notice.ResponsibilityRole;

/**
 * A rule a clause states for the tasks after it, so as not to name an organisation in
 * every clause: （甲部指导，试点城市政府负责落实。以下均需试点城市政府落实，不再列出）, （…。具体任务均涉及相关市（州）人民政府，不再做分工，下同）. Like
 * the notice's first-listed rule (下同), it holds for the rest of the division, unless it
 * confines itself to its part or chapter (本部分, 本章 → the chapter; 本节 → the section).
 *
 * @param organisations the organisations every later task needs, with the role the rule
 * gives them (落实, 负责 → responsible; 配合 → supporting)
 * @param scope how far it holds
 */
@Vocabulary("the wordings of a rule a clause states for the tasks after it (以下均需…落实，不再列出, 下同)")
record StandingRule(List<Clause.Named> organisations, Scope scope) {

	enum Scope {

		DIVISION, CHAPTER, SECTION

	}

	/** A clause's content split into its own words and the rule it states. */
	record Split(String rest, StandingRule rule) {
	}

	/** 以下均需, 以下各项任务都要, 具体任务均涉及: the words before the organisations. */
	private static final Pattern LEAD_IN = Pattern
		.compile("^(?:本部分|本章|本节|本条|本项|本领域|本方面)?(?:的)?" + "(?:以下|下列|此后|后续|其余|其他|具体)?(?:各项|所有|全部)?(?:任务|工作|事项|措施)?"
				+ "(?:均|都|皆|也|亦)?(?:需要由|需要|需由|须由|应由|需|须|要|由|涉及|应)?");

	/** 各市（州）政府均要(负责落实): the words after the organisations. */
	private static final Pattern LEAD_OUT = Pattern.compile("(?:均|都|皆)(?:需要|需|须|要|应)?$");

	/**
	 * The rule a clause's content states and the content without it, or null when it
	 * states none; cheap for every clause that does not (most).
	 */
	static Split split(String content) {
		if (content.indexOf("不再") < 0 && content.indexOf("以下") < 0 && content.indexOf("下列") < 0) {
			return null;
		}
		int from = 0;
		int depth = 0;
		for (int i = 0; i <= content.length(); i++) {
			char c = i < content.length() ? content.charAt(i) : '。';
			if (c == '(') {
				depth++;
			}
			else if (c == ')') {
				depth = Math.max(0, depth - 1);
			}
			else if (depth == 0 && (c == ',' || c == '，') && startsRule(content, i + 1)) {
				// …负责，以下各项任务均需各地区落实，不再一一列出: the rule may follow a comma
				from = i + 1;
			}
			else if (depth == 0 && (c == '。' || c == ';' || c == '；')) {
				StandingRule rule = from > 0 ? read(content.substring(from, i)) : null;
				if (rule != null) {
					String rest = content.substring(0, from) + content.substring(Math.min(content.length(), i + 1));
					return new Split(rest, rule);
				}
				from = i + 1;
			}
		}
		return null;
	}

	private static boolean startsRule(String content, int at) {
		for (String word : RULE_STARTS) {
			if (content.startsWith(word, at)) {
				return true;
			}
		}
		return false;
	}

	private static final String[] RULE_STARTS = { "以下", "下列", "此后", "其余", "具体任务", "本部分", "本章", "本节" };

	/** The rule one sentence states, or null when it is no such rule. */
	private static StandingRule read(String sentence) {
		boolean notListedAgain = sentence.contains("不再");
		if (!notListedAgain && !((sentence.startsWith("以下") || sentence.startsWith("下列"))
				&& (sentence.contains("均") || sentence.contains("都")))) {
			return null;
		}
		String carrier = null;
		for (String segment : ClauseReader.segments(sentence)) {
			if (!segment.isEmpty() && !segment.contains("不再") && !segment.equals("下同")) {
				carrier = segment;
				break;
			}
		}
		if (carrier == null) {
			return null;
		}
		String list = LEAD_IN.matcher(carrier).replaceFirst("");
		ResponsibilityRole role = ResponsibilityRole.RESPONSIBLE;
		RoleWords.Found suffix = RoleWords.suffixOf(list);
		if (suffix != null) {
			list = list.substring(0, list.length() - suffix.word().length());
			// every task has its own lead: one that leads them all answers for each
			role = suffix.role() == ResponsibilityRole.LEAD ? ResponsibilityRole.RESPONSIBLE : suffix.role();
		}
		list = LEAD_OUT.matcher(list).replaceFirst("");
		List<Clause.Named> named = new ArrayList<>();
		for (String name : OrganisationListReader.read(list).names()) {
			if (name.length() > 40 || !OrganisationNames.looksLikeOrganisation(name) || name.contains("以下")
					|| name.contains("任务")) {
				return null;
			}
			named.add(new Clause.Named(OrganisationNames.display(name), role));
		}
		return named.isEmpty() ? null : new StandingRule(named, scope(sentence));
	}

	private static Scope scope(String sentence) {
		if (sentence.contains("本节") || sentence.contains("本条") || sentence.contains("本项")) {
			return Scope.SECTION;
		}
		if (sentence.contains("本部分") || sentence.contains("本章") || sentence.contains("本领域")
				|| sentence.contains("本方面")) {
			return Scope.CHAPTER;
		}
		return Scope.DIVISION;
	}

}
