package org.luoshi.notice.internal.parse;

import org.luoshi.common.Vocabulary;

/**
 * Reads the numbers a notice writes in Chinese: 十三 for chapter 13, 二○一一 for the year
 * 2011.
 */
@Vocabulary("the Chinese numerals notices number their parts and chapters with (一、, （十二）), which the parser reads")
final class ChineseNumerals {

	private static final String DIGITS = "〇一二三四五六七八九";

	private ChineseNumerals() {
	}

	static boolean isNumeral(char c) {
		return digit(c) >= 0 || c == '十' || c == '百' || c == '两';
	}

	/** 一 → 1, 十三 → 13, 二十一 → 21, 一百零五 → 105; -1 when the text is not such a number. */
	static int value(String s) {
		if (s.isEmpty()) {
			return -1;
		}
		if (s.chars().allMatch(Character::isDigit)) {
			return s.length() > 6 ? -1 : Integer.parseInt(s);
		}
		int total = 0;
		int current = 0;
		boolean any = false;
		for (int i = 0; i < s.length(); i++) {
			char c = s.charAt(i);
			int d = digit(c);
			if (c == '两') {
				d = 2;
			}
			if (d >= 0) {
				current = d;
				any = true;
			}
			else if (c == '十') {
				total += (current == 0 ? 1 : current) * 10;
				current = 0;
				any = true;
			}
			else if (c == '百') {
				total += (current == 0 ? 1 : current) * 100;
				current = 0;
				any = true;
			}
			else {
				return -1;
			}
		}
		return any ? total + current : -1;
	}

	/** 1 → 一, 13 → 十三, 20 → 二十: as a notice numbers its chapters (up to 99). */
	static String write(int n) {
		String digits = "零一二三四五六七八九";
		if (n < 10) {
			return String.valueOf(digits.charAt(n));
		}
		String tens = n / 10 == 1 ? "十" : digits.charAt(n / 10) + "十";
		return n % 10 == 0 ? tens : tens + digits.charAt(n % 10);
	}

	/** 二○一一 → 2011, 2011 → 2011: a year written digit by digit. */
	static int digitByDigit(String s) {
		int value = 0;
		for (int i = 0; i < s.length(); i++) {
			char c = s.charAt(i);
			int d = Character.isDigit(c) ? Character.digit(c, 10) : digit(c);
			if (d < 0) {
				return -1;
			}
			value = value * 10 + d;
		}
		return value;
	}

	static int digit(char c) {
		if (c == '○' || c == '零' || c == 'O' || c == 'o' || c == '０' || c == 'Ｏ' || c == '〇') {
			return 0;
		}
		return DIGITS.indexOf(c);
	}

}
