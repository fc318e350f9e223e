package org.luoshi.implementation.internal.document;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.luoshi.common.Vocabulary;
import org.luoshi.implementation.Due;

/**
 * Finds the time limits in Chinese text and reads them as a {@link Due}: a day
 * (2013年6月30日前), a month (2013年6月底前, 2013年6月), a quarter (2013年第三季度, 2013年三季度末, 上半年 as
 * the second quarter), a year (2013年底前, 2013年内, 2013年); a range (2012—2013年) by its end.
 * A limit with no year (6月底前) takes the year given by the caller, the closest earlier one
 * in the document.
 */
@Vocabulary("the time words documents write (年, 月底, 季度, 长期坚持), which the reader reads")
final class TimeText {

	private static final String YEAR = "(?:[0-9０-９]{4}|[〇零○Ｏ一二三四五六七八九]{4})";

	private static final String MONTH = "(?:[0-9０-９]{1,2}|十[一二]?|[一二三四五六七八九])";

	private static final String DAY = "(?:[0-9０-９]{1,2}|[一二三]?十[一二三四五六七八九]?|[一二三四五六七八九])";

	private static final String WITHIN_YEAR = "(?:\\s*(?:(?<m>" + MONTH + ")\\s*月份?(?:\\s*(?<d>" + DAY
			+ ")\\s*[日号])?(?<mx>底|末|中旬|上旬|下旬)?|第?(?<q>[1-4１-４一二三四])\\s*季度(?<qx>末|底)?|(?<h>上半年|下半年)|(?<ye>底|末|内)))?";

	private static final String BEFORE = "(?<before>\\s*(?:之前|以前|前))?";

	/** A limit with its year, or a range of years ending in one. */
	private static final Pattern DATED = Pattern.compile(
			"(?:(?<from>" + YEAR + ")\\s*年?\\s*[—–\\-~～至到]+\\s*)?(?<y>" + YEAR + ")\\s*年度?" + WITHIN_YEAR + BEFORE);

	/**
	 * The numeric forms a spreadsheet or a careful clerk writes: 2013-06-30, 2013.6,
	 * 2013-Q3.
	 */
	private static final Pattern NUMERIC = Pattern.compile(
			"(?<![0-9.])(?<y>(?:19|20|21)\\d{2})\\s*(?:[-/.](?<m>\\d{1,2})(?:[-/.](?<d>\\d{1,2}))?|-?[Qq](?<q>[1-4]))(?![0-9.])"
					+ BEFORE);

	/** A limit whose year must come from the context. */
	private static final Pattern UNDATED = Pattern
		.compile("(?<![0-9０-９〇零○一二三四五六七八九十年])(?:(?<m>" + MONTH + ")\\s*月份?(?:\\s*(?<d>" + DAY
				+ ")\\s*[日号])?(?<mx>底|末|中旬|上旬|下旬)?|第?(?<q>[1-4１-４一二三四])\\s*季度(?<qx>末|底)?|(?<h>上半年|下半年)|年(?<ye>底|末|内))"
				+ BEFORE);

	/** Words that make a bare year in running text a limit when they follow it. */
	private static final Pattern LIMIT_AFTER = Pattern
		.compile("^[，,\\s]*(?:完成|建成|实现|启动|出台|制定|开展|全面|基本|达到|形成|印发|建立|开工|竣工|投入|投产|推开|覆盖|组建)");

	/** Words that make a bare year in running text a limit when they precede it. */
	private static final Pattern LIMIT_BEFORE = Pattern.compile("(?:到|至|截至|截止|于|在)\\s*$");

	private static final Pattern OPEN_ENDED = Pattern.compile("长期|持续|每年|每季|每月|每半年|常态|逐年|年年|经常");

	private TimeText() {
	}

	/**
	 * One time limit found.
	 *
	 * @param start where it starts in the text
	 * @param end where it ends
	 * @param text as written
	 * @param due when it falls due, or null when it has no year and none was given
	 * @param dated whether the text itself names the year
	 * @param limit whether it reads as a deadline in running text (2013年底前, 到2015年,
	 * 2013年完成) rather than any mention of a year (比2010年)
	 */
	record Found(int start, int end, String text, Due due, boolean dated, boolean limit) {
	}

	/**
	 * Every time limit in the text, in order.
	 * @param contextYear the year for limits written without one, or null
	 */
	static List<Found> find(String text, Integer contextYear) {
		List<Found> found = new ArrayList<>();
		boolean[] taken = new boolean[text.length()];
		Integer year = contextYear;
		for (Pattern pattern : List.of(DATED, NUMERIC)) {
			Matcher m = pattern.matcher(text);
			while (m.find()) {
				if (!free(taken, m.start(), m.end())) {
					continue;
				}
				Due due = due(m, ChineseNumber.value(m.group("y")));
				if (due != null) {
					mark(taken, m.start(), m.end());
					found.add(new Found(m.start(), m.end(), m.group().strip(), due, true, isLimit(text, m)));
				}
			}
		}
		Matcher m = UNDATED.matcher(text);
		while (m.find()) {
			if (!free(taken, m.start(), m.end()) || insideWord(text, m)) {
				continue;
			}
			Integer before = yearBefore(found, m.start(), year);
			Due due = (before == null) ? null : due(m, before);
			if (before != null && due == null) {
				continue;
			}
			if (before == null && !validWithoutYear(m)) {
				continue;
			}
			mark(taken, m.start(), m.end());
			found.add(new Found(m.start(), m.end(), m.group().strip(), due, false, true));
		}
		found.sort((a, b) -> Integer.compare(a.start(), b.start()));
		return found;
	}

	/** The first time limit of a text read on its own, or null. */
	static Due parse(String text) {
		List<Found> found = find(text, null);
		return found.isEmpty() ? null : found.get(0).due();
	}

	/** Whether the text sets only an open-ended time (长期坚持, 每年). */
	static boolean openEnded(String text) {
		return OPEN_ENDED.matcher(text).find();
	}

	/** The year of the closest dated limit before a position, else the context's. */
	private static Integer yearBefore(List<Found> found, int position, Integer contextYear) {
		Integer year = contextYear;
		int closest = -1;
		for (Found f : found) {
			if (f.dated() && f.end() <= position && f.start() > closest) {
				closest = f.start();
				year = f.due().year();
			}
		}
		return year;
	}

	/**
	 * A month in Chinese numerals right after another ideograph is a word (统一月报), not a
	 * time, unless a preposition introduces it (于三月).
	 */
	private static boolean insideWord(String text, Matcher m) {
		String month = group(m, "m");
		if (month == null || Character.isDigit(month.charAt(0)) || m.start() == 0) {
			return false;
		}
		char before = text.charAt(m.start() - 1);
		return Character.UnicodeScript.of(before) == Character.UnicodeScript.HAN && "于在到至和及".indexOf(before) < 0;
	}

	private static boolean validWithoutYear(Matcher m) {
		return due(m, 2000) != null;
	}

	private static boolean isLimit(String text, Matcher m) {
		boolean marked = has(m, "before") || has(m, "mx") || has(m, "ye") || has(m, "qx") || has(m, "h");
		return marked || LIMIT_AFTER.matcher(text.substring(m.end())).find()
				|| LIMIT_BEFORE.matcher(text.substring(0, m.start())).find();
	}

	private static boolean has(Matcher m, String group) {
		try {
			return m.group(group) != null;
		}
		catch (IllegalArgumentException ex) {
			return false;
		}
	}

	private static String group(Matcher m, String group) {
		return has(m, group) ? m.group(group) : null;
	}

	/**
	 * The due date the match names in that year, or null when it names none that exists.
	 */
	private static Due due(Matcher m, int year) {
		if (year < 1900 || year > 2199) {
			return null;
		}
		try {
			String month = group(m, "m");
			if (month != null) {
				int mv = ChineseNumber.value(month);
				String day = group(m, "d");
				if (day != null) {
					return Due.date(LocalDate.of(year, mv, ChineseNumber.value(day)));
				}
				return Due.month(YearMonth.of(year, mv));
			}
			String quarter = group(m, "q");
			if (quarter != null) {
				return Due.quarter(year, ChineseNumber.value(quarter));
			}
			String half = group(m, "h");
			if (half != null) {
				// the first half ends with the second quarter
				return half.startsWith("上") ? Due.quarter(year, 2) : Due.year(year);
			}
			return Due.year(year);
		}
		catch (DateTimeException | IllegalArgumentException ex) {
			return null;
		}
	}

	private static boolean free(boolean[] taken, int start, int end) {
		for (int i = start; i < end; i++) {
			if (taken[i]) {
				return false;
			}
		}
		return true;
	}

	private static void mark(boolean[] taken, int start, int end) {
		for (int i = start; i < end; i++) {
			taken[i] = true;
		}
	}

}
