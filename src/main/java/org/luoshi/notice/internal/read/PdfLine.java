package org.luoshi.notice.internal.read;

/**
 * One line of text on a PDF page with the geometry paragraph rebuilding needs, in PDF
 * points with y growing downwards.
 *
 * @param text the line's text, trimmed
 * @param left x of the first visible glyph
 * @param right x where the last visible glyph ends
 * @param baseline y of the baseline
 * @param em the font size, the width of one Chinese character
 */
record PdfLine(String text, float left, float right, float baseline, float em) {
}
