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
		StringBuilder out = new StringBuilder(original.length());
		int[] start = new int[original.length() + 1];
		int[] end = new int[original.length() + 1];
		int i = 0;
		while (i < original.length()) {
			int cp = original.codePointAt(i);
			int next = i + Character.charCount(cp);
			String mapped = map(cp);
			for (int k = 0; k < mapped.length(); k++) {
				char c = mapped.charAt(k);
				if (isDropped(c)) {
					continue;
				}
				if (out.length() >= start.length) {
					start = java.util.Arrays.copyOf(start, start.length * 2 + 4);
					end = java.util.Arrays.copyOf(end, end.length * 2 + 4);
				}
				start[out.length()] = i;
				end[out.length()] = next;
				out.append(c);
			}
			i = next;
		}
		return new Normalized(original, out.toString(), start, end);
	}

	/** The compared form of any text: NFKC, no white space, no private-use characters. */
	static String compare(String original) {
		return of(original).text;
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
	 * The original text behind the compared characters from {@code from} up to, not
	 * including, {@code to}, trimmed of surrounding white space.
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
