package org.luoshi.notice.internal.read;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.IntFunction;

/**
 * Rebuilds paragraphs from the wrapped lines of a PDF. A line starts a new paragraph when
 * it is indented from the page's left margin (Chinese paragraphs begin two characters
 * in), when the line before it stopped clearly short of the right margin, when it starts
 * with a numbering marker, or when a wider gap than the usual line spacing precedes it.
 * Other lines continue the paragraph, across page breaks too; page numbers are dropped. A
 * division table's rows ({@link PdfTables}) come out one paragraph each, cells separated
 * by TAB.
 */
final class ParagraphAssembler {

	/** Indent, in characters, beyond which a line counts as indented. */
	static final float INDENT_EMS = 0.9f;

	/**
	 * Room, in characters, left at the right margin that marks a paragraph's last line.
	 */
	static final float SHORT_EMS = 1.5f;

	/** Half a character: lines starting this close share a margin. */
	static final float MARGIN_TOLERANCE_EMS = 0.5f;

	/** Gap, as a multiple of the page's usual line spacing, that separates paragraphs. */
	static final float GAP_FACTOR = 1.6f;

	private ParagraphAssembler() {
	}

	/**
	 * Rebuild the paragraphs.
	 * @param pages the lines of each page, in reading order
	 * @return one string per paragraph
	 */
	static List<String> assemble(List<List<PdfLine>> pages) {
		return assemble(pages, page -> List.of());
	}

	/**
	 * Rebuild the paragraphs, telling a table's rows apart by the rules drawn between
	 * them where there are any.
	 * @param pages the lines of each page, in reading order
	 * @param rules the horizontal rules drawn on a page, by its index
	 * @return one string per paragraph
	 */
	static List<String> assemble(List<List<PdfLine>> pages, IntFunction<List<PdfRulings.Rule>> rules) {
		List<String> paragraphs = new ArrayList<>();
		StringBuilder paragraph = null;
		PdfLine previous = null;
		float previousRightMargin = 0f;
		for (List<PdfLine> page : PdfTables.rebuild(pages.stream().map(PageNumberLines::remove).toList(), rules)) {
			// a table's rows are paragraphs of their own, and no measure of the page's
			// text
			List<PdfLine> lines = page.stream().filter(l -> !l.isRow()).toList();
			float leftMargin = lines.isEmpty() ? 0f : leftMargin(lines);
			float rightMargin = lines.isEmpty() ? 0f : rightMargin(lines);
			float spacing = usualLineSpacing(lines);
			for (int i = 0; i < page.size(); i++) {
				PdfLine line = page.get(i);
				if (line.isRow()) {
					if (paragraph != null) {
						paragraphs.add(paragraph.toString());
						paragraph = null;
					}
					paragraphs.add(line.text());
					previous = null;
					continue;
				}
				boolean starts = previous == null || line.left() > leftMargin + INDENT_EMS * line.em()
						|| previous.right() < previousRightMargin - SHORT_EMS * previous.em()
						|| NumberingMarkers.startsWithMarker(line.text()) || (i > 0 && spacing > 0f
								&& line.baseline() - page.get(i - 1).baseline() > GAP_FACTOR * spacing);
				if (starts) {
					if (paragraph != null) {
						paragraphs.add(paragraph.toString());
					}
					paragraph = new StringBuilder(line.text());
				}
				else {
					String joined = WrappedLineJoiner.join(paragraph.toString(), line.text());
					paragraph.setLength(0);
					paragraph.append(joined);
				}
				previous = line;
				previousRightMargin = rightMargin;
			}
		}
		if (paragraph != null) {
			paragraphs.add(paragraph.toString());
		}
		return paragraphs;
	}

	/**
	 * The smallest left edge another line also starts at (within half a character), so
	 * that one line sticking out does not move the margin; the smallest left edge if none
	 * is shared.
	 */
	static float leftMargin(List<PdfLine> lines) {
		float[] lefts = new float[lines.size()];
		float em = 0f;
		for (int i = 0; i < lines.size(); i++) {
			lefts[i] = lines.get(i).left();
			em = Math.max(em, lines.get(i).em());
		}
		Arrays.sort(lefts);
		for (int i = 0; i + 1 < lefts.length; i++) {
			if (lefts[i + 1] - lefts[i] <= MARGIN_TOLERANCE_EMS * em) {
				return lefts[i];
			}
		}
		return lefts[0];
	}

	/**
	 * The largest right edge another line also ends near (within a character: unjustified
	 * lines end up to one character short), so that one overlong line (a URL, a wide
	 * table) does not make every other line look short; the largest right edge if none is
	 * shared.
	 */
	static float rightMargin(List<PdfLine> lines) {
		float[] rights = new float[lines.size()];
		float em = 0f;
		for (int i = 0; i < lines.size(); i++) {
			rights[i] = lines.get(i).right();
			em = Math.max(em, lines.get(i).em());
		}
		Arrays.sort(rights);
		for (int i = rights.length - 1; i > 0; i--) {
			if (rights[i] - rights[i - 1] <= 2 * MARGIN_TOLERANCE_EMS * em) {
				return rights[i];
			}
		}
		return rights[rights.length - 1];
	}

	/** Median distance between consecutive baselines, or 0 when the page has one line. */
	private static float usualLineSpacing(List<PdfLine> lines) {
		if (lines.size() < 3) {
			return 0f;
		}
		float[] gaps = new float[lines.size() - 1];
		for (int i = 1; i < lines.size(); i++) {
			gaps[i - 1] = lines.get(i).baseline() - lines.get(i - 1).baseline();
		}
		Arrays.sort(gaps);
		return gaps[gaps.length / 2];
	}

}
