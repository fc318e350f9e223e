package org.luoshi.implementation.internal.document;

import java.util.List;

/**
 * One line of the source: a paragraph (one cell) or a table row (its cells), numbered as
 * {@link ReadItem#line()} counts.
 *
 * @param number 1-based
 * @param cells the paragraph's text, or the row's cells
 * @param table which table of the document the row belongs to (from 1), 0 for a paragraph
 */
record SourceLine(int number, List<String> cells, int table) {

	SourceLine {
		cells = List.copyOf(cells);
	}

	String text() {
		return String.join(" ", this.cells);
	}

	boolean blank() {
		return this.cells.stream().allMatch(String::isBlank);
	}

}
