package org.luoshi.common;

import java.text.Normalizer;

/**
 * The form in which names are compared — NFKC, every white space and private-use
 * character removed — so that {@code 各市 （州）政府} and {@code 各市(州)政府} are the same name.
 */
public final class ComparedText {

	private ComparedText() {
	}

	/** The compared form of a text; null compares as the empty text. */
	public static String of(String text) {
		if (text == null) {
			return "";
		}
		String normalized = Normalizer.normalize(text, Normalizer.Form.NFKC);
		StringBuilder compared = new StringBuilder(normalized.length());
		normalized.codePoints().filter((cp) -> !isDropped(cp)).forEach(compared::appendCodePoint);
		return compared.toString();
	}

	private static boolean isDropped(int cp) {
		int type = Character.getType(cp);
		// zero-width spaces and the byte-order mark are white space to a reader, not to
		// Java
		return Character.isWhitespace(cp) || Character.isSpaceChar(cp) || type == Character.PRIVATE_USE
				|| type == Character.CONTROL || cp == '\u200B' || cp == '\uFEFF';
	}

}
