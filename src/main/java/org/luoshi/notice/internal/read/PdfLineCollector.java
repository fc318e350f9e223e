package org.luoshi.notice.internal.read;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;

/**
 * Collects a PDF's text as lines with their position on the page, page by page. PDFBox's
 * text stripper finds the lines and words; this subclass keeps the glyph positions it
 * would otherwise throw away, which paragraph rebuilding needs.
 */
final class PdfLineCollector extends PDFTextStripper {

	private final List<List<PdfLine>> pages = new ArrayList<>();

	private List<PdfLine> page;

	private final StringBuilder text = new StringBuilder();

	private final List<TextPosition> positions = new ArrayList<>();

	PdfLineCollector() {
		setSortByPosition(true);
	}

	/**
	 * The lines of every page, blank lines dropped.
	 * @param document the open document
	 * @return one list of lines per page, in page order
	 * @throws IOException when a content stream cannot be read
	 */
	List<List<PdfLine>> collect(PDDocument document) throws IOException {
		pages.clear();
		this.glyphs = 0;
		getText(document);
		return List.copyOf(pages);
	}

	@Override
	protected void startPage(PDPage pdPage) throws IOException {
		super.startPage(pdPage);
		page = new ArrayList<>();
		text.setLength(0);
		positions.clear();
	}

	/**
	 * The most glyphs read from one document. PDFBox holds every glyph of a page until
	 * the page ends, at a few hundred bytes each: a crafted content stream that inflates
	 * to millions of glyphs would fill the heap. A notice of a hundred dense pages has
	 * about a quarter of a million.
	 */
	static final int GLYPH_LIMIT = 2_000_000;

	private int glyphs;

	/** Thrown when a document has more glyphs than {@link #GLYPH_LIMIT}. */
	static final class TooMuchText extends RuntimeException {

		TooMuchText() {
			super("more than " + GLYPH_LIMIT + " glyphs", null, false, false);
		}

	}

	@Override
	protected void processTextPosition(TextPosition position) {
		if (++this.glyphs > GLYPH_LIMIT) {
			throw new TooMuchText();
		}
		super.processTextPosition(position);
	}

	@Override
	protected void writeString(String string, List<TextPosition> textPositions) {
		text.append(string);
		positions.addAll(textPositions);
	}

	@Override
	protected void writeWordSeparator() {
		text.append(' ');
	}

	@Override
	protected void writeLineSeparator() {
		flushLine();
	}

	@Override
	protected void endPage(PDPage pdPage) throws IOException {
		flushLine();
		pages.add(List.copyOf(page));
		super.endPage(pdPage);
	}

	private void flushLine() {
		String line = WrappedLineJoiner.closeCjkGaps(text.toString()).strip();
		TextPosition first = firstVisible(false);
		TextPosition last = firstVisible(true);
		if (!line.isEmpty() && first != null && last != null && page != null) {
			float em = em();
			page.add(new PdfLine(line, first.getXDirAdj(), last.getXDirAdj() + last.getWidthDirAdj(),
					first.getYDirAdj(), em, runs(em)));
		}
		text.setLength(0);
		positions.clear();
	}

	/**
	 * The line's runs: a gap wider than {@link #RUN_GAP_EMS} characters (the margins
	 * between two table cells) ends one; a narrower gap than that but wider than a word's
	 * is a space between Latin words.
	 */
	private List<PdfLine.Run> runs(float em) {
		List<PdfLine.Run> runs = new ArrayList<>();
		StringBuilder run = null;
		float left = 0f;
		float right = 0f;
		for (TextPosition position : positions) {
			String unicode = position.getUnicode();
			if (unicode == null || unicode.isBlank()) {
				continue;
			}
			float x = position.getXDirAdj();
			if (run != null && x - right > RUN_GAP_EMS * em) {
				runs.add(new PdfLine.Run(WrappedLineJoiner.closeCjkGaps(run.toString()), left, right));
				run = null;
			}
			if (run == null) {
				run = new StringBuilder();
				left = x;
			}
			else if (x - right > WORD_GAP_EMS * em) {
				run.append(' ');
			}
			run.append(unicode);
			right = Math.max(right, x + position.getWidthDirAdj());
		}
		if (run != null) {
			runs.add(new PdfLine.Run(WrappedLineJoiner.closeCjkGaps(run.toString()), left, right));
		}
		return runs;
	}

	/** Gap, in characters, that sets two runs apart: less than two cells' margins. */
	static final float RUN_GAP_EMS = 0.6f;

	/** Gap, in characters, that a space between words leaves. */
	private static final float WORD_GAP_EMS = 0.2f;

	private TextPosition firstVisible(boolean fromEnd) {
		for (int n = 0; n < positions.size(); n++) {
			TextPosition position = positions.get(fromEnd ? positions.size() - 1 - n : n);
			String unicode = position.getUnicode();
			if (unicode != null && !unicode.isBlank()) {
				return position;
			}
		}
		return null;
	}

	/** Median font size of the line's glyphs; their height when the size is unknown. */
	private float em() {
		float[] sizes = new float[positions.size()];
		int count = 0;
		for (TextPosition position : positions) {
			float size = position.getFontSizeInPt();
			if (!(size > 1f)) {
				size = position.getHeightDir();
			}
			if (size > 0f) {
				sizes[count++] = size;
			}
		}
		if (count == 0) {
			return 12f;
		}
		float[] found = Arrays.copyOf(sizes, count);
		Arrays.sort(found);
		return found[count / 2];
	}

}
