package org.luoshi.notice.internal.read;

import java.util.List;

/**
 * One line of text on a PDF page with the geometry paragraph rebuilding needs, in PDF
 * points with y growing downwards.
 *
 * @param text the line's text, trimmed; for a table row its cells separated by TAB
 * @param left x of the first visible glyph
 * @param right x where the last visible glyph ends
 * @param baseline y of the baseline
 * @param em the font size, the width of one Chinese character
 * @param runs the line's pieces of text set apart by a wider gap than words have: the
 * cells of a table row, or the whole line
 */
record PdfLine(String text, float left, float right, float baseline, float em, List<Run> runs) {

	/** A piece of a line with no wide gap inside, such as one cell's text. */
	record Run(String text, float left, float right) {

		float centre() {
			return (left + right) / 2f;
		}

	}

	PdfLine {
		runs = List.copyOf(runs);
	}

	/** A line that is one run. */
	PdfLine(String text, float left, float right, float baseline, float em) {
		this(text, left, right, baseline, em, List.of(new Run(text, left, right)));
	}

	/** A table row rebuilt from its lines: its own paragraph, never joined to another. */
	boolean isRow() {
		return text.indexOf('\t') >= 0;
	}

}
