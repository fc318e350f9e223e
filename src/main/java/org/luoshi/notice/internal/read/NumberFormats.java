package org.luoshi.notice.internal.read;

import java.util.Locale;

import org.luoshi.common.Vocabulary;

/**
 * Renders one counter value in a Word numbering format ({@code w:numFmt}), so that
 * automatic numbering appears in the text as the clerk sees it in Word: 一 for
 * chineseCounting, ① for decimalEnclosedCircle, iv for lowerRoman.
 */
@Vocabulary("the counting words of Word's numbering formats (甲乙丙, 子丑寅), rendered into the notice's text")
final class NumberFormats {

	private static final String HEAVENLY_STEMS = "甲乙丙丁戊己庚辛壬癸";

	private static final String EARTHLY_BRANCHES = "子丑寅卯辰巳午未申酉戌亥";

	private NumberFormats() {
	}

	/**
	 * Format a value.
	 * @param n the counter value
	 * @param numFmt the {@code w:numFmt} value, e.g. decimal or chineseCounting; unknown
	 * formats fall back to decimal
	 * @return the rendered number; empty for none and bullet
	 */
	static String format(int n, String numFmt) {
		return switch (numFmt) {
			case "none", "bullet" -> "";
			case "decimalZero" -> (n >= 0 && n < 10) ? "0" + n : Integer.toString(n);
			case "decimalFullWidth", "decimalFullWidth2" -> fullWidth(n);
			case "decimalEnclosedCircle", "decimalEnclosedCircleChinese" -> enclosedCircle(n);
			case "decimalEnclosedParen" ->
				(n >= 1 && n <= 20) ? String.valueOf((char) (0x2474 + n - 1)) : "(" + n + ")";
			case "decimalEnclosedFullstop" -> (n >= 1 && n <= 20) ? String.valueOf((char) (0x2488 + n - 1)) : n + ".";
			case "upperLetter" -> letters(n, 'A');
			case "lowerLetter" -> letters(n, 'a');
			case "upperRoman" -> roman(n);
			case "lowerRoman" -> roman(n).toLowerCase(Locale.ROOT);
			case "chineseCounting", "chineseCountingThousand", "japaneseCounting", "taiwaneseCounting",
					"taiwaneseCountingThousand" ->
				ChineseNumberWriter.counting(n);
			case "ideographDigital", "japaneseDigitalTenThousand", "taiwaneseDigital" -> ChineseNumberWriter.digits(n);
			case "chineseLegalSimplified" -> ChineseNumberWriter.legalSimplified(n);
			case "ideographLegalTraditional", "japaneseLegal" -> ChineseNumberWriter.legalTraditional(n);
			case "ideographTraditional" -> cyclic(n, HEAVENLY_STEMS);
			case "ideographZodiac" -> cyclic(n, EARTHLY_BRANCHES);
			case "ideographEnclosedCircle" ->
				(n >= 1 && n <= 10) ? String.valueOf((char) (0x3280 + n - 1)) : Integer.toString(n);
			case "ordinal" -> n + ordinalSuffix(n);
			case "hex" -> Integer.toHexString(n).toUpperCase(Locale.ROOT);
			default -> Integer.toString(n);
		};
	}

	private static String fullWidth(int n) {
		String decimal = Integer.toString(n);
		StringBuilder out = new StringBuilder(decimal.length());
		for (int i = 0; i < decimal.length(); i++) {
			char c = decimal.charAt(i);
			out.append((c >= '0' && c <= '9') ? (char) ('０' + (c - '0')) : c);
		}
		return out.toString();
	}

	private static String enclosedCircle(int n) {
		if (n >= 1 && n <= 20) {
			return String.valueOf((char) (0x2460 + n - 1));
		}
		if (n >= 21 && n <= 35) {
			return String.valueOf((char) (0x3251 + n - 21));
		}
		if (n >= 36 && n <= 50) {
			return String.valueOf((char) (0x32B1 + n - 36));
		}
		return Integer.toString(n);
	}

	/** Word's letter lists repeat the letter after Z: 27 → AA, 28 → BB. */
	private static String letters(int n, char a) {
		if (n < 1) {
			return Integer.toString(n);
		}
		char letter = (char) (a + (n - 1) % 26);
		return String.valueOf(letter).repeat((n - 1) / 26 + 1);
	}

	private static String roman(int n) {
		if (n < 1 || n > 3999) {
			return Integer.toString(n);
		}
		int[] values = { 1000, 900, 500, 400, 100, 90, 50, 40, 10, 9, 5, 4, 1 };
		String[] symbols = { "M", "CM", "D", "CD", "C", "XC", "L", "XL", "X", "IX", "V", "IV", "I" };
		StringBuilder out = new StringBuilder();
		int rest = n;
		for (int i = 0; i < values.length; i++) {
			while (rest >= values[i]) {
				out.append(symbols[i]);
				rest -= values[i];
			}
		}
		return out.toString();
	}

	private static String cyclic(int n, String symbols) {
		return (n >= 1 && n <= symbols.length()) ? String.valueOf(symbols.charAt(n - 1)) : Integer.toString(n);
	}

	private static String ordinalSuffix(int n) {
		int lastTwo = n % 100;
		if (lastTwo >= 11 && lastTwo <= 13) {
			return "th";
		}
		return switch (n % 10) {
			case 1 -> "st";
			case 2 -> "nd";
			case 3 -> "rd";
			default -> "th";
		};
	}

}
