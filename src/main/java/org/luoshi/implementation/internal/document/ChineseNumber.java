package org.luoshi.implementation.internal.document;

import java.text.Normalizer;

import org.luoshi.common.Vocabulary;

/**
 * The value of a small number as documents write it: 6, ６, 六, 十二, 二十三, or a year digit by
 * digit (二〇一三).
 */
@Vocabulary("Chinese numerals are read from the documents, not shown")
final class ChineseNumber {

	private static final String DIGITS = "〇一二三四五六七八九";

	private ChineseNumber() {
	}

	/** The value, or -1 when the text is no number of these forms. */
	static int value(String text) {
		String s = Normalizer.normalize(text, Normalizer.Form.NFKC).strip();
		if (s.isEmpty()) {
			return -1;
		}
		if (s.chars().allMatch(Character::isDigit)) {
			return (s.length() > 6) ? -1 : Integer.parseInt(s);
		}
		int ten = s.indexOf('十');
		if (ten >= 0) {
			int tens = (ten == 0) ? 1 : digitsValue(s.substring(0, ten));
			int ones = (ten == s.length() - 1) ? 0 : digitsValue(s.substring(ten + 1));
			return (tens < 0 || ones < 0 || tens > 9 || ones > 9) ? -1 : tens * 10 + ones;
		}
		return digitsValue(s);
	}

	/** 1 to 99 as Chinese counting writes them: 一, 十, 十二, 二十三. */
	static String write(int value) {
		if (value <= 0 || value > 99) {
			return String.valueOf(value);
		}
		int tens = value / 10;
		int ones = value % 10;
		String text = (tens == 0) ? "" : ((tens == 1) ? "" : String.valueOf(DIGITS.charAt(tens))) + "十";
		return (ones == 0) ? text : text + DIGITS.charAt(ones);
	}

	/** Digit by digit: 二〇一三 is 2013; 零, ○ and Ｏ (after NFKC: O) stand for 〇. */
	private static int digitsValue(String s) {
		if (s.isEmpty() || s.length() > 6) {
			return -1;
		}
		int value = 0;
		for (char c : s.toCharArray()) {
			int digit = DIGITS.indexOf(c);
			if (c == '零' || c == '○' || c == 'O') {
				digit = 0;
			}
			if (digit < 0) {
				return -1;
			}
			value = value * 10 + digit;
		}
		return value;
	}

}
