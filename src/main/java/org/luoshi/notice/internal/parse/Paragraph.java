package org.luoshi.notice.internal.parse;

import java.util.List;

/**
 * One non-blank line of the notice with its compared form, the numbering that opens it
 * (if any) and the responsibility clauses found in it.
 */
final class Paragraph {

	final int line;

	final Normalized text;

	Marker marker;

	final List<ClauseFinder.Found> clauses;

	Paragraph(int line, Normalized text, Marker marker, List<ClauseFinder.Found> clauses) {
		this.line = line;
		this.text = text;
		this.marker = marker;
		this.clauses = clauses;
	}

	static Paragraph of(int line, String original, ClauseFinder clauses) {
		Normalized text = Normalized.of(original);
		Marker marker = MarkerReader.read(text.text());
		int from = marker == null ? 0 : marker.end();
		return new Paragraph(line, text, marker, clauses.find(text.text(), from));
	}

	String compared() {
		return text.text();
	}

	boolean hasClauses() {
		return !clauses.isEmpty();
	}

	/**
	 * A clause standing alone on its line (牵头单位：X；配合单位：Y under a title): it closes the
	 * words before it.
	 */
	boolean isClauseAlone() {
		if (clauses.isEmpty()) {
			return false;
		}
		String t = compared();
		int i = contentStart();
		while (i < t.length() && ClauseReader.isPunctuation(t.charAt(i))) {
			i++;
		}
		return clauses.get(0).open() <= i;
	}

	/** Where the paragraph's own words start: after its numbering, if it has one. */
	int contentStart() {
		return marker == null ? 0 : marker.end();
	}

	@Override
	public String toString() {
		return line + ": " + text.original();
	}

}
