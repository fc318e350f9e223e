package org.luoshi.notice.internal.parse;

import java.text.Normalizer;

/**
 * A paragraph in compared form — NFKC, white space and private-use characters removed —
 * that remembers where each of its characters stood in the original, so that what the
 * parser finds in the compared form can be cut out of the original text, which is what
 * the office sees.
 */
final class Normalized {

	private final String original;

	private final String text;

	/**
	 * For each char of {@link #text}: the index in the original where the code point it
	 * came from starts.
	 */
	private final int[] start;

	/**
	 * For each char of {@link #text}: the index in the original just after that code
	 * point.
	 */
	private final int[] end;

	private Normalized(String original, String text, int[] start, int[] end) {
		this.original = original;
		this.text = text;
		this.start = start;
		this.end = end;
	}

	static Normalized of(String original) {
		int n = original.length();
		char[] out = new char[n + 16];
		int[] start = new int[n + 16];
		int[] end = new int[n + 16];
		int length = 0;
		int i = 0;
		while (i < n) {
			char c = original.charAt(i);
			char simple = simple(c);
			if (simple != 0 || isDropped(c)) {
				// the common case, one char in and at most one out, without allocating
				if (simple != 0 && !isDropped(simple)) {
					out[length] = simple;
					start[length] = i;
					end[length] = i + 1;
					length++;
				}
				i++;
				continue;
			}
			int cp = original.codePointAt(i);
			int next = i + Character.charCount(cp);
			String mapped = map(cp);
			for (int k = 0; k < mapped.length(); k++) {
				char m = mapped.charAt(k);
				if (isDropped(m)) {
					continue;
				}
				if (length == out.length) {
					out = java.util.Arrays.copyOf(out, length * 2);
					start = java.util.Arrays.copyOf(start, length * 2);
					end = java.util.Arrays.copyOf(end, length * 2);
				}
				out[length] = m;
				start[length] = i;
				end[length] = next;
				length++;
			}
			i = next;
		}
		return new Normalized(original, new String(out, 0, length), start, end);
	}

	/**
	 * The compared form of a char that maps to exactly one char without NFKC tables, or
	 * 0.
	 */
	private static char simple(char c) {
		if (c < 0x80 || (c >= 0x4E00 && c <= 0x9FFF) || (c >= 0x2460 && c <= 0x249B) || c == '、' || c == '。' || c == '《'
				|| c == '》' || c == '“' || c == '”' || c == '〔' || c == '〕' || c == '【' || c == '】') {
			return c;
		}
		if (c >= 0xFF01 && c <= 0xFF5E) {
			return (char) (c - 0xFEE0);
		}
		return 0;
	}

	/** The compared form of any text: NFKC, no white space, no private-use characters. */
	static String compare(String original) {
		StringBuilder out = new StringBuilder(original.length());
		int i = 0;
		while (i < original.length()) {
			char c = original.charAt(i);
			char simple = simple(c);
			if (simple != 0 || isDropped(c)) {
				if (simple != 0 && !isDropped(simple)) {
					out.append(simple);
				}
				i++;
				continue;
			}
			int cp = original.codePointAt(i);
			String mapped = map(cp);
			for (int k = 0; k < mapped.length(); k++) {
				if (!isDropped(mapped.charAt(k))) {
					out.append(mapped.charAt(k));
				}
			}
			i += Character.charCount(cp);
		}
		return out.toString();
	}

	private static String map(int cp) {
		if (cp < 0x80 || (cp >= 0x4E00 && cp <= 0x9FFF)) {
			return Character.toString(cp);
		}
		if (cp >= 0xFF01 && cp <= 0xFF5E) {
			return Character.toString(cp - 0xFEE0);
		}
		if (cp >= 0x2460 && cp <= 0x249B) {
			// circled and parenthesised numbers stay as they are: they are numbering
			// markers
			return Character.toString(cp);
		}
		if (Character.getType(cp) == Character.PRIVATE_USE) {
			return "";
		}
		String one = Character.toString(cp);
		return Normalizer.isNormalized(one, Normalizer.Form.NFKC) ? one
				: Normalizer.normalize(one, Normalizer.Form.NFKC);
	}

	private static boolean isDropped(char c) {
		if ((c > 0x20 && c < 0x7F) || (c >= 0x4E00 && c <= 0x9FFF)) {
			return false;
		}
		if (c > 0x3000 && c <= 0x303F || c >= 0x2010 && c <= 0x2027) {
			// 、。《》【】“”—… : Chinese text's punctuation, never space nor control
			return false;
		}
		return Character.isWhitespace(c) || Character.isSpaceChar(c) || c == '\uFEFF' || c == '\u200B'
				|| Character.getType(c) == Character.PRIVATE_USE || Character.getType(c) == Character.CONTROL;
	}

	String text() {
		return text;
	}

	String original() {
		return original;
	}

	int length() {
		return text.length();
	}

	/**
	 * The original text behind the compared range from {@code from} up to {@code to},
	 * trimmed of surrounding white space.
	 */
	String originalOf(int from, int to) {
		if (from >= to) {
			return "";
		}
		return original.substring(start[from], end[to - 1]).strip();
	}

	/**
	 * The original text from the compared position {@code from} to the end of the
	 * paragraph.
	 */
	String originalFrom(int from) {
		return from >= text.length() ? "" : original.substring(start[from]).strip();
	}

}
