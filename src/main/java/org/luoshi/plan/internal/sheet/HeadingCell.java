package org.luoshi.plan.internal.sheet;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.luoshi.common.Vocabulary;

/**
 * Splits a 章 or 节 cell into the numbering as written and the title: （二）促进率先实现农业现代化 → （二）
 * + 促进率先实现农业现代化; 1.大力提高农业综合生产能力 → 1. + 大力提高农业综合生产能力; also full-width digits, 1、 and a
 * number with no dot, as notices write them.
 */
@Vocabulary("the numbering of chapter cells as notices write it (（二）), which the reader splits from the title")
final class HeadingCell {

	private static final Pattern CHAPTER = Pattern.compile("^([（(]\\s*[一二三四五六七八九十百零〇两0-9０-９]+\\s*[）)])\\s*(.*)$",
			Pattern.DOTALL);

	private static final Pattern SECTION = Pattern.compile("^([0-9０-９]+(?:[.．、,，]|[\\uE000-\\uF8FF])?)\\s*(.*)$",
			Pattern.DOTALL);

	private HeadingCell() {
	}

	/** Label and title of a chapter cell; no label when the cell starts with none. */
	static String[] chapter(String cell) {
		return split(CHAPTER, cell);
	}

	/** Label and title of a section cell; no label when the cell starts with none. */
	static String[] section(String cell) {
		return split(SECTION, cell);
	}

	private static String[] split(Pattern pattern, String cell) {
		Matcher matcher = pattern.matcher(cell);
		if (matcher.matches()) {
			return new String[] { matcher.group(1), matcher.group(2) };
		}
		return new String[] { "", cell };
	}

}
