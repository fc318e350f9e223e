package org.luoshi.notice.internal.parse;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import org.luoshi.common.Vocabulary;
import org.luoshi.notice.NoticeMessage;
import org.luoshi.notice.ResponsibilityRole;

/**
 * Reads the inside of a responsibility clause — 省发展改革委、省农委负责。列第一位者为牵头部门，下同 or
 * 发展改革委牵头，财政部、人民银行等按职责分工负责 or 牵头单位：X；配合单位：Y — into organisations with roles, and the
 * completion time limit some clauses end with (…负责，年内持续推进).
 */
@Vocabulary("the words a clause writes around its organisations (会同, 简称, 包括), which the parser reads")
final class ClauseReader {

	/** Longer than any real clause; bounds the work on pathological input. */
	static final int MAX_LENGTH = 600;

	private ClauseReader() {
	}

	/**
	 * Cheap test used while scanning a paragraph: could this parenthesised text be a
	 * clause at all? It must end with a role word once the lead rule and final
	 * punctuation are removed, or start with a role label.
	 */
	static boolean mayBeClause(String content) {
		if (content.isEmpty() || content.length() > MAX_LENGTH) {
			return false;
		}
		StandingRule.Split standing = StandingRule.split(content);
		String own = standing == null ? content : standing.rest();
		String core = withoutPeople(withoutTimeLimit(trimPunctuation(separateLabels(LeadRule.remove(own)))));
		if (core.isEmpty()) {
			return false;
		}
		if (RoleWords.labelOf(core) != null) {
			return true;
		}
		RoleWords.Found role = RoleWords.suffixOf(core);
		return role != null && core.length() > role.word().length();
	}

	/**
	 * Reads a clause's content (without its parentheses); null when it names nobody with
	 * a role.
	 */
	static Clause read(String content) {
		if (!mayBeClause(content)) {
			return mayBeList(content) ? list(content) : null;
		}
		boolean statesRule = LeadRule.isStatedIn(content);
		StandingRule.Split standing = StandingRule.split(content);
		String own = standing == null ? content : standing.rest();
		String whole = trimPunctuation(separateLabels(LeadRule.remove(own)));
		String core = withoutPeople(withoutTimeLimit(whole));
		String timeLimit = timeLimitOf(whole);
		List<Clause.Named> named = new ArrayList<>();
		List<NoticeMessage> problems = new ArrayList<>();
		List<String> pending = new ArrayList<>();
		boolean open = false;
		boolean convened = false;
		ResponsibilityRole labelled = null;
		for (String segment : segments(core)) {
			if (segment.isEmpty()) {
				continue;
			}
			RoleWords.Found label = RoleWords.labelOf(segment);
			String list;
			ResponsibilityRole role;
			if (label != null) {
				list = segment.substring(label.word().length() + 1);
				role = label.role();
				labelled = role;
			}
			else {
				RoleWords.Found suffix = RoleWords.suffixOf(segment);
				if (suffix == null && labelled != null) {
					// 责任单位：省财政厅，省统计局 — the label covers the whole list
					open |= add(segment, labelled, named, problems);
					continue;
				}
				if (suffix == null) {
					// a list whose role word comes in the next segment: 省财政厅、省统计局，各市政府负责
					pending.add(segment);
					continue;
				}
				list = segment.substring(0, segment.length() - suffix.word().length());
				role = suffix.role();
			}
			convened |= convenedByOne(list);
			for (String held : pending) {
				open |= add(held, role, named, problems);
			}
			pending.clear();
			open |= add(list, role, named, problems);
		}
		for (String held : pending) {
			problems.add(NoticeMessage.of("notice.clause.no-role-word", OrganisationNames.display(held)));
		}
		if (named.isEmpty()) {
			return null;
		}
		return new Clause(LevelPrefixes.complete(named), open, statesRule, convened, problems, timeLimit,
				standing == null ? null : standing.rule());
	}

	/**
	 * X会同Y负责: a single convener leads the organisations it convenes. Several conveners
	 * (甲部、乙部会同有关部门负责) are equals, led only by the notice's first-listed rule.
	 */
	private static boolean convenedByOne(String list) {
		int at = list.indexOf("会同");
		return at > 0 && OrganisationListReader.read(list.substring(0, at)).names().size() == 1;
	}

	/** A label that follows the previous list without punctuation, only white space. */
	private static final Pattern LABEL_AFTER_LIST = Pattern.compile("(?<=[^,;，；:：、])(?=(?:"
			+ String.join("|", RoleWords.labelWords()) + "|" + String.join("|", TimeLimits.LABELS) + ")[:：])");

	/**
	 * 牵头单位：X 配合单位：Y — labels set apart by spaces alone, which comparison removes — become
	 * separate segments.
	 */
	static String separateLabels(String core) {
		if (core.indexOf(':') < 0 && core.indexOf('：') < 0) {
			return core;
		}
		return LABEL_AFTER_LIST.matcher(core).replaceAll(";");
	}

	/**
	 * The clause's core without the segments that name people (责任领导：张三；牵头单位：…): from a
	 * person label to the next label or role word.
	 */
	private static String withoutPeople(String core) {
		if (!core.contains(":")) {
			return core;
		}
		List<String> kept = new ArrayList<>();
		boolean people = false;
		boolean any = false;
		for (String segment : segments(core)) {
			if (RoleWords.isPersonLabelled(segment)) {
				people = true;
				any = true;
				continue;
			}
			if (people && RoleWords.labelOf(segment) == null && RoleWords.suffixOf(segment) == null) {
				continue;
			}
			people = false;
			kept.add(segment);
		}
		return any ? trimPunctuation(String.join(";", kept)) : core;
	}

	/**
	 * The clause's core without its completion time limit, wherever it stands: after the
	 * organisations (…负责，年内持续推进) or before them (完成时限：2021年；牵头单位：…).
	 */
	private static String withoutTimeLimit(String core) {
		List<String> segments = segments(core);
		if (segments.size() < 2) {
			return core;
		}
		List<String> kept = new ArrayList<>(segments.size());
		for (String segment : segments) {
			if (!TimeLimits.is(segment)) {
				kept.add(segment);
			}
		}
		return kept.size() == segments.size() || kept.isEmpty() ? core : trimPunctuation(String.join(";", kept));
	}

	/** The time limit a clause states, without its label; null when it states none. */
	private static String timeLimitOf(String core) {
		List<String> segments = segments(core);
		if (segments.size() < 2) {
			return null;
		}
		List<String> limits = new ArrayList<>();
		for (String segment : segments) {
			if (TimeLimits.is(segment)) {
				limits.add(TimeLimits.withoutLabel(segment));
			}
		}
		return limits.isEmpty() || limits.size() == segments.size() ? null : String.join("，", limits);
	}

	/**
	 * A list of organisations without any role word — （省发展改革委、省财政厅）, （省营商环境建设局*、省市场监管厅） —
	 * which notices that state the lead rule or mark the lead use. Only names that look
	 * like organisations, at least one of them a department or government, make one.
	 */
	static boolean mayBeList(String content) {
		if (content.isEmpty() || content.length() > MAX_LENGTH) {
			return false;
		}
		String core = withoutTimeLimit(trimPunctuation(LeadRule.remove(content)));
		if (core.isEmpty() || core.indexOf(':') >= 0 || RoleWords.suffixOf(core) != null) {
			return false;
		}
		OrganisationListReader.Names names = OrganisationListReader.read(core);
		boolean department = false;
		for (String name : names.names()) {
			String bare = LeadMarks.without(name);
			if (bare.length() > 40 || !OrganisationNames.looksLikeOrganisation(bare) || startsAnAside(bare)) {
				return false;
			}
			department |= OrganisationNames.endsLikeOrganisation(bare) || bare.endsWith("政府");
		}
		return department;
	}

	/** （以下简称省发改委）, （详见附件）, （含开发区）: words about the text, not a list of names. */
	private static boolean startsAnAside(String name) {
		for (String word : ASIDES) {
			if (name.startsWith(word)) {
				return true;
			}
		}
		return false;
	}

	private static final String[] ASIDES = { "以下", "简称", "下称", "包括", "含", "即", "如", "例如", "详见", "参见", "见", "指", "注",
			"不含", "其中", "涉及", "主要是" };

	private static Clause list(String content) {
		String whole = trimPunctuation(LeadRule.remove(content));
		String core = withoutTimeLimit(whole);
		String timeLimit = timeLimitOf(whole);
		List<Clause.Named> named = new ArrayList<>();
		List<NoticeMessage> problems = new ArrayList<>();
		boolean open = add(core, ResponsibilityRole.RESPONSIBLE, named, problems);
		return new Clause(LevelPrefixes.complete(named), open, LeadRule.isStatedIn(content), false, problems, timeLimit,
				null);
	}

	private static boolean add(String list, ResponsibilityRole role, List<Clause.Named> named,
			List<NoticeMessage> problems) {
		OrganisationListReader.Names names = OrganisationListReader.read(list);
		for (String written : names.names()) {
			// 省发展改革委（牵头）、省财政厅 or 省营商环境建设局*: the mark names the lead
			String name = LeadMarks.without(written);
			ResponsibilityRole own = name.length() < written.length() ? ResponsibilityRole.LEAD : role;
			if (name.length() > 40 || !OrganisationNames.looksLikeOrganisation(name)) {
				problems.add(NoticeMessage.of("notice.clause.not-an-organisation", OrganisationNames.display(name)));
			}
			named.add(new Clause.Named(OrganisationNames.display(name), own));
		}
		return names.openEnded();
	}

	/** Splits at commas, semicolons and full stops outside parentheses. */
	static List<String> segments(String core) {
		List<String> out = new ArrayList<>();
		int depth = 0;
		int from = 0;
		for (int i = 0; i < core.length(); i++) {
			char c = core.charAt(i);
			if (c == '(') {
				depth++;
			}
			else if (c == ')') {
				depth = Math.max(0, depth - 1);
			}
			else if (depth == 0 && (c == ',' || c == '，' || c == ';' || c == '；' || c == '。' || c == '.')) {
				out.add(core.substring(from, i));
				from = i + 1;
			}
		}
		out.add(core.substring(from));
		return out;
	}

	static String trimPunctuation(String s) {
		int from = 0;
		int to = s.length();
		while (from < to && isPunctuation(s.charAt(from))) {
			from++;
		}
		while (to > from && isPunctuation(s.charAt(to - 1))) {
			to--;
		}
		return s.substring(from, to);
	}

	static boolean isPunctuation(char c) {
		return c == '。' || c == '.' || c == ',' || c == '，' || c == ';' || c == '；' || c == '、' || c == ':' || c == '：'
				|| c == '!' || c == '?';
	}

}
