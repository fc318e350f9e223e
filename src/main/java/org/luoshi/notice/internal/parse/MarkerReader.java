package org.luoshi.notice.internal.parse;

import org.luoshi.common.Vocabulary;

/**
 * Recognises the numbering that opens a heading: 一、 （一） 1. １. 1、 （1） ① ⑴ ⒈ 第一部分 第一章 第一节,
 * in full-width or half-width forms. Works on the compared form, where the private-use
 * glyph that stands for the dot in some files is already gone.
 */
@Vocabulary("the numbering and measure words around the numbers notices write (第…章, 个, 项), which the parser tells apart")
final class MarkerReader {

	/**
	 * Characters that, right after a bare number, show it is a quantity (5年, 10万亩) and
	 * not a heading.
	 */
	private static final String QUANTITY_CHARS = "年月日号万亿千百十个项%倍元人户家所座条次天度米吨亩斤公克升届批期轮类种名位套辆台张册件页";

	private MarkerReader() {
	}

	static Marker read(String t) {
		if (t.isEmpty()) {
			return null;
		}
		char first = t.charAt(0);
		if (first >= '①' && first <= '⑳') {
			return new Marker(Marker.Type.CIRCLED, first - '①' + 1, 1, false);
		}
		if (first >= '⑴' && first <= '⒇') {
			return new Marker(Marker.Type.ITEM, first - '⑴' + 1, 1, false);
		}
		if (first >= '⒈' && first <= '⒛') {
			return new Marker(Marker.Type.SECTION, first - '⒈' + 1, 1, false);
		}
		if (first == '(') {
			return parenthesised(t);
		}
		if (first == '第') {
			return ordinal(t);
		}
		if (Character.isDigit(first)) {
			return arabic(t);
		}
		if (ChineseNumerals.isNumeral(first)) {
			return chinese(t);
		}
		return null;
	}

	private static Marker parenthesised(String t) {
		int close = t.indexOf(')');
		if (close < 2 || close > 5) {
			return null;
		}
		String inside = t.substring(1, close);
		if (inside.chars().allMatch(Character::isDigit)) {
			return new Marker(Marker.Type.ITEM, Integer.parseInt(inside), close + 1, false);
		}
		int value = ChineseNumerals.value(inside);
		return value > 0 ? new Marker(Marker.Type.CHAPTER, value, close + 1, false) : null;
	}

	private static Marker ordinal(String t) {
		int i = 1;
		while (i < t.length() && i < 6 && ChineseNumerals.isNumeral(t.charAt(i))) {
			i++;
		}
		int value = ChineseNumerals.value(t.substring(1, i));
		if (value <= 0) {
			return null;
		}
		Marker.Type type;
		int end;
		if (t.startsWith("部分", i)) {
			type = Marker.Type.ARTICLE_PART;
			end = i + 2;
		}
		else if (t.startsWith("章", i)) {
			type = Marker.Type.ARTICLE_CHAPTER;
			end = i + 1;
		}
		else if (t.startsWith("节", i)) {
			type = Marker.Type.ARTICLE_SECTION;
			end = i + 1;
		}
		else {
			return null;
		}
		if (end < t.length() && (t.charAt(end) == '、' || t.charAt(end) == ':' || t.charAt(end) == '.')) {
			end++;
		}
		return new Marker(type, value, end, false);
	}

	private static Marker arabic(String t) {
		int i = 0;
		while (i < t.length() && Character.isDigit(t.charAt(i))) {
			i++;
		}
		if (i > 2 || i >= t.length()) {
			return null;
		}
		int value = Integer.parseInt(t.substring(0, i));
		if (value == 0) {
			return null;
		}
		char next = t.charAt(i);
		if (next == '.' || next == '、') {
			if (i + 1 < t.length() && Character.isDigit(t.charAt(i + 1))) {
				// 1.5倍: a decimal, not a heading
				return null;
			}
			return new Marker(Marker.Type.SECTION, value, i + 1, false);
		}
		if (Character.UnicodeScript.of(next) == Character.UnicodeScript.HAN && QUANTITY_CHARS.indexOf(next) < 0) {
			return new Marker(Marker.Type.SECTION, value, i, true);
		}
		return null;
	}

	private static Marker chinese(String t) {
		int i = 0;
		while (i < t.length() && i < 4 && ChineseNumerals.isNumeral(t.charAt(i))) {
			i++;
		}
		if (i >= t.length() || (t.charAt(i) != '、' && t.charAt(i) != '.')) {
			return null;
		}
		int value = ChineseNumerals.value(t.substring(0, i));
		return value > 0 ? new Marker(Marker.Type.PART, value, i + 1, false) : null;
	}

}
