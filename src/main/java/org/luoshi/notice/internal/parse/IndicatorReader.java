package org.luoshi.notice.internal.parse;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.luoshi.common.Vocabulary;
import org.luoshi.notice.IndicatorKind;

/**
 * Reads quantitative targets out of task text: 耕地保有量保持在553万公顷, 单位地区生产总值能源消耗降低16％,
 * 全省总人口控制在2787万人以内, 城镇保障性安居工程建设5年累计新增63.27万套, 到2015年…比重达到6％以上. A target is a name, a verb
 * that fixes the arithmetic, a figure and its measure unit.
 */
@Vocabulary("the verbs and qualifiers with which notices state their targets (提高到, 不低于, 以上), which the parser reads")
final class IndicatorReader {

	/**
	 * What was read from one clause of text.
	 *
	 * @param name what is measured
	 * @param kind the arithmetic
	 * @param target the figure (a range's lower bound)
	 * @param upper a range's upper bound, otherwise null
	 * @param unit the measure unit
	 * @param year the year named with 到…年, or null
	 * @param baselineYear the year named with 比…年, or null
	 */
	record Target(String name, IndicatorKind kind, BigDecimal target, BigDecimal upper, String unit, Integer year,
			Integer baselineYear) {
	}

	private enum Verb {

		MAINTAIN, REACH, CAP, DECREASE, INCREASE, CUMULATIVE

	}

	/** Longest first at the end of the text before the figure. */
	private static final List<Map.Entry<String, Verb>> VERBS = List.of(Map.entry("累计新增", Verb.CUMULATIVE),
			Map.entry("累计完成", Verb.CUMULATIVE), Map.entry("累计建设", Verb.CUMULATIVE), Map.entry("累计达到", Verb.CUMULATIVE),
			Map.entry("累计", Verb.CUMULATIVE), Map.entry("保持在", Verb.MAINTAIN), Map.entry("稳定在", Verb.MAINTAIN),
			Map.entry("不低于", Verb.MAINTAIN), Map.entry("不少于", Verb.MAINTAIN), Map.entry("保持", Verb.MAINTAIN),
			Map.entry("控制在", Verb.CAP), Map.entry("不超过", Verb.CAP), Map.entry("不高于", Verb.CAP),
			Map.entry("低于", Verb.CAP), Map.entry("控制", Verb.CAP), Map.entry("提高到", Verb.REACH),
			Map.entry("提升到", Verb.REACH), Map.entry("增加到", Verb.REACH), Map.entry("增长到", Verb.REACH),
			Map.entry("提高至", Verb.REACH), Map.entry("提升至", Verb.REACH), Map.entry("增加至", Verb.REACH),
			Map.entry("达到", Verb.REACH), Map.entry("超过", Verb.REACH), Map.entry("突破", Verb.REACH),
			Map.entry("达", Verb.REACH), Map.entry("降低", Verb.DECREASE), Map.entry("下降", Verb.DECREASE),
			Map.entry("减少", Verb.DECREASE), Map.entry("削减", Verb.DECREASE), Map.entry("降", Verb.DECREASE),
			Map.entry("年均增长", Verb.INCREASE), Map.entry("增长", Verb.INCREASE), Map.entry("提高", Verb.INCREASE),
			Map.entry("增加", Verb.INCREASE));

	private static final Pattern FIGURE = Pattern
		.compile("(\\d+(?:\\.\\d+)?)(%)?(?:(?:-|~|—|–|至|到)(\\d+(?:\\.\\d+)?))?");

	private static final Pattern YEAR_BY = Pattern.compile("(?:到|至|在)(\\d{4})年(?:底|末)?");

	private static final Pattern YEAR_SINCE = Pattern.compile("比(\\d{4})年(?:末|底)?$");

	private static final Pattern LEADING_NOISE = Pattern
		.compile("^(?:(?:到|至|在)?\\d{4}年(?:底|末)?|其中|并|使|确保|力争|实现|全面|以及|和|,)+");

	private static final Pattern TRAILING_PERIOD = Pattern.compile("(?:\\d+|[一二三四五六七八九十]+)年(?:内|间)?$|期间$|年均$|分别$");

	private static final String[] QUALIFIERS = { "及以上", "以上", "以下", "以内", "左右", "水平" };

	private static final int NAME_WINDOW = 60;

	private static final Pattern SENTENCE_END = Pattern.compile("[。;；!?]");

	private static final Pattern COMMA = Pattern.compile("[,，]");

	private static final String UNIT_STOP = ",，。;；、:()";

	private IndicatorReader() {
	}

	/** Every target stated in a text (compared form). */
	static List<Target> read(String text) {
		List<Target> found = new ArrayList<>();
		if (!hasDigit(text)) {
			return found;
		}
		for (String sentence : SENTENCE_END.split(text)) {
			Integer year = null;
			for (String clause : COMMA.split(sentence)) {
				Matcher by = YEAR_BY.matcher(clause);
				if (by.find()) {
					year = Integer.valueOf(by.group(1));
				}
				Target target = readClause(clause, year);
				if (target != null) {
					found.add(target);
				}
			}
		}
		return found;
	}

	private static boolean hasDigit(String text) {
		for (int i = 0; i < text.length(); i++) {
			if (text.charAt(i) >= '0' && text.charAt(i) <= '9') {
				return true;
			}
		}
		return false;
	}

	private static Target readClause(String clause, Integer year) {
		Matcher m = FIGURE.matcher(clause);
		while (m.find()) {
			// a name is at most 40 characters: looking further back would only make long
			// texts slow
			String before = clause.substring(Math.max(0, m.start() - NAME_WINDOW), m.start());
			Map.Entry<String, Verb> verb = verbAtEnd(before);
			if (verb == null) {
				continue;
			}
			if (clause.startsWith("年", m.end())) {
				continue;
			}
			String unit = unitAfter(clause, m.end(), m.group(2));
			boolean percent = "%".equals(unit);
			String rawName = before.substring(0, before.length() - verb.getKey().length());
			Integer baseline = null;
			Matcher since = YEAR_SINCE.matcher(rawName);
			if (since.find()) {
				baseline = Integer.valueOf(since.group(1));
				rawName = rawName.substring(0, since.start());
			}
			String name = cleanName(rawName);
			if (name.length() < 2 || name.length() > 40 || unit.isEmpty()) {
				continue;
			}
			BigDecimal figure = new BigDecimal(m.group(1));
			BigDecimal upper = m.group(3) == null ? null : new BigDecimal(m.group(3));
			IndicatorKind kind = kind(verb.getValue(), percent, upper != null);
			if (kind == null) {
				continue;
			}
			return new Target(name, kind, figure, upper, unit, year, baseline);
		}
		return null;
	}

	private static IndicatorKind kind(Verb verb, boolean percent, boolean range) {
		if (range) {
			return IndicatorKind.RANGE;
		}
		return switch (verb) {
			case MAINTAIN -> IndicatorKind.MAINTAIN;
			case REACH -> IndicatorKind.REACH;
			case CAP -> IndicatorKind.CAP;
			case CUMULATIVE -> IndicatorKind.CUMULATIVE;
			// a fall or rise by an amount rather than a share has no arithmetic of its
			// own yet
			case DECREASE -> percent ? IndicatorKind.REDUCE_BY_PERCENT : null;
			case INCREASE -> percent ? IndicatorKind.INCREASE_BY_PERCENT : null;
		};
	}

	private static Map.Entry<String, Verb> verbAtEnd(String before) {
		for (Map.Entry<String, Verb> verb : VERBS) {
			if (before.endsWith(verb.getKey())) {
				return verb;
			}
		}
		return null;
	}

	private static String unitAfter(String clause, int from, String percent) {
		if (percent != null) {
			return "%";
		}
		int end = from;
		while (end < clause.length() && end - from < 8 && UNIT_STOP.indexOf(clause.charAt(end)) < 0) {
			end++;
		}
		String unit = clause.substring(from, end);
		boolean changed = true;
		while (changed) {
			changed = false;
			for (String q : QUALIFIERS) {
				int at = unit.indexOf(q);
				if (at >= 0) {
					unit = unit.substring(0, at);
					changed = true;
				}
			}
		}
		return unit.endsWith("%") ? "%" : unit;
	}

	private static String cleanName(String raw) {
		String name = LEADING_NOISE.matcher(raw).replaceFirst("");
		String previous;
		do {
			previous = name;
			name = TRAILING_PERIOD.matcher(name).replaceFirst("");
		}
		while (!name.equals(previous) && !name.isEmpty());
		return name;
	}

}
