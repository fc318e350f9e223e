package org.luoshi.notice.internal.parse;

/**
 * Splits a heading paragraph into its title (the first sentence after the numbering) and
 * the text after it.
 */
final class Headings {

	private Headings() {
	}

	/**
	 * End of the title in the compared text: the first full stop, or where the first
	 * clause opens.
	 */
	static int titleEnd(Paragraph p) {
		String t = p.compared();
		int start = p.contentStart();
		int end = t.length();
		int stop = t.indexOf('。', start);
		if (stop >= 0) {
			end = stop;
		}
		if (p.hasClauses()) {
			end = Math.min(end, p.clauses.get(0).open());
		}
		return end;
	}

	static String title(Paragraph p) {
		int start = p.contentStart();
		int end = titleEnd(p);
		while (end > start && ClauseReader.isPunctuation(p.compared().charAt(end - 1))) {
			end--;
		}
		return p.text.originalOf(start, end);
	}

	/** Whether the paragraph says more than its title. */
	static boolean hasBody(Paragraph p) {
		String t = p.compared();
		for (int i = titleEnd(p); i < t.length(); i++) {
			if (!ClauseReader.isPunctuation(t.charAt(i))) {
				return true;
			}
		}
		return false;
	}

	/** The text after the title sentence, as written. */
	static String body(Paragraph p) {
		int from = titleEnd(p);
		String t = p.compared();
		while (from < t.length() && ClauseReader.isPunctuation(t.charAt(from))) {
			from++;
		}
		return p.text.originalFrom(from);
	}

}
