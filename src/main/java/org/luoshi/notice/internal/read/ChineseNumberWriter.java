package org.luoshi.notice.internal.read;

import org.luoshi.common.Vocabulary;

/**
 * Writes a number in Chinese numerals the way Word's Chinese list formats do: counting
 * (一、十一、二十、一百零五), legal capitals (壹拾贰), and digit by digit (一〇).
 */
@Vocabulary("Word's automatic numbering written out as the notice shows it (一、, 壹、): the notice's own text")
final class ChineseNumberWriter {

	static final String SIMPLE_DIGITS = "零一二三四五六七八九";

	static final String SIMPLE_UNITS = "十百千";

	static final String LEGAL_SIMPLIFIED_DIGITS = "零壹贰叁肆伍陆柒捌玖";

	static final String LEGAL_TRADITIONAL_DIGITS = "零壹貳參肆伍陸柒捌玖";

	static final String LEGAL_UNITS = "拾佰仟";

	private static final String IDEOGRAPH_DIGITS = "〇一二三四五六七八九";

	private ChineseNumberWriter() {
	}

	/** 1 → 一, 10 → 十, 12 → 十二, 20 → 二十, 105 → 一百零五, 10001 → 一万零一. */
	static String counting(int n) {
		return write(n, SIMPLE_DIGITS, SIMPLE_UNITS, "万", true);
	}

	/** 12 → 壹拾贰 (simplified legal capitals, as on cheques). */
	static String legalSimplified(int n) {
		return write(n, LEGAL_SIMPLIFIED_DIGITS, LEGAL_UNITS, "万", false);
	}

	/** 12 → 壹拾貳 (traditional legal capitals). */
	static String legalTraditional(int n) {
		return write(n, LEGAL_TRADITIONAL_DIGITS, LEGAL_UNITS, "萬", false);
	}

	/** 10 → 一〇, 2015 → 二〇一五. */
	static String digits(int n) {
		String decimal = Integer.toString(n);
		StringBuilder out = new StringBuilder(decimal.length());
		for (int i = 0; i < decimal.length(); i++) {
			char c = decimal.charAt(i);
			out.append((c >= '0' && c <= '9') ? IDEOGRAPH_DIGITS.charAt(c - '0') : c);
		}
		return out.toString();
	}

	private static String write(int n, String digits, String units, String tenThousand, boolean dropLeadingOne) {
		if (n <= 0 || n >= 100_000_000) {
			return Integer.toString(n);
		}
		StringBuilder out = new StringBuilder();
		int high = n / 10_000;
		int low = n % 10_000;
		if (high > 0) {
			out.append(section(high, digits, units)).append(tenThousand);
			if (low > 0 && low < 1000) {
				out.append(digits.charAt(0));
			}
		}
		if (low > 0) {
			out.append(section(low, digits, units));
		}
		if (dropLeadingOne && n >= 10 && n < 20) {
			out.deleteCharAt(0);
		}
		return out.toString();
	}

	/** 0 < x < 10000, zeros inside written once: 1005 → 一千零五. */
	private static String section(int x, String digits, String units) {
		StringBuilder out = new StringBuilder();
		boolean zero = false;
		int divisor = 1000;
		for (int power = 3; power >= 0; power--, divisor /= 10) {
			int digit = (x / divisor) % 10;
			if (digit == 0) {
				zero = out.length() > 0;
				continue;
			}
			if (zero) {
				out.append(digits.charAt(0));
				zero = false;
			}
			out.append(digits.charAt(digit));
			if (power > 0) {
				out.append(units.charAt(power - 1));
			}
		}
		return out.toString();
	}

}
