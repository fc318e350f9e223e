package org.luoshi.notice.internal.read;

/**
 * Joins the pieces of one paragraph that a layout broke into lines (PDF lines, Word line
 * breaks): Chinese is written without spaces, so pieces join directly, and only two Latin
 * words or numbers meeting at the break get a space between them.
 */
final class WrappedLineJoiner {

	private WrappedLineJoiner() {
	}

	/**
	 * Join two pieces of a paragraph.
	 * @param head the text so far
	 * @param tail the next line
	 * @return the joined text, trailing white space of head and leading white space of
	 * tail dropped
	 */
	static String join(String head, String tail) {
		String left = stripEnd(head);
		String right = stripStart(tail);
		if (left.isEmpty() || right.isEmpty()) {
			return left + right;
		}
		if (isLatinWordChar(left.charAt(left.length() - 1)) && isLatinWordChar(right.charAt(0))) {
			return left + " " + right;
		}
		return left + right;
	}

	/**
	 * Join the lines of a text that should be one paragraph, such as a Word paragraph
	 * with manual line breaks.
	 * @param text text that may contain CR or LF
	 * @return the text on one line
	 */
	static String joinLines(String text) {
		if (text.indexOf('\n') < 0 && text.indexOf('\r') < 0) {
			return text;
		}
		String joined = null;
		for (String line : LineSplitter.split(text)) {
			joined = (joined == null) ? line : join(joined, line);
		}
		return (joined != null) ? joined : "";
	}

	/**
	 * Remove the spaces a PDF text extractor puts between two Chinese characters where
	 * the layout spread them out; spaces next to Latin text stay.
	 * @param line one extracted line
	 * @return the line without spaces between CJK characters
	 */
	static String closeCjkGaps(String line) {
		if (line.indexOf(' ') < 0) {
			return line;
		}
		StringBuilder out = new StringBuilder(line.length());
		int i = 0;
		while (i < line.length()) {
			char c = line.charAt(i);
			if (c == ' ' && out.length() > 0 && isCjk(out.charAt(out.length() - 1))) {
				int next = i;
				while (next < line.length() && line.charAt(next) == ' ') {
					next++;
				}
				if (next < line.length() && isCjk(line.charAt(next))) {
					i = next;
					continue;
				}
			}
			out.append(c);
			i++;
		}
		return out.toString();
	}

	static boolean isCjk(char c) {
		return (c >= 0x2E80 && c <= 0x9FFF) // radicals, CJK punctuation, kana, ideographs
				|| (c >= 0xF900 && c <= 0xFAFF) || (c >= 0xFE30 && c <= 0xFE4F) || (c >= 0xFF00 && c <= 0xFFEF)
				|| Character.isSurrogate(c);
	}

	private static boolean isLatinWordChar(char c) {
		return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')
				|| (c >= 0xC0 && c <= 0x24F && Character.isLetter(c));
	}

	private static String stripEnd(String s) {
		int end = s.length();
		while (end > 0 && isSpace(s.charAt(end - 1))) {
			end--;
		}
		return s.substring(0, end);
	}

	private static String stripStart(String s) {
		int start = 0;
		while (start < s.length() && isSpace(s.charAt(start))) {
			start++;
		}
		return s.substring(start);
	}

	static boolean isSpace(char c) {
		return Character.isWhitespace(c) || Character.isSpaceChar(c);
	}

}
