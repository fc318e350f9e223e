package org.luoshi.notice;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/**
 * Lays out a division table as Word exports one to PDF: a title above, 五号 (10.5 pt) text
 * in cells with borders, the header row repeated at the top of every page, cells wrapped
 * within their column (the task left-aligned, the others centred), a row that does not
 * fit broken across the page, a row merged across all columns for a group of tasks, and
 * the page number at the foot. The font is a subset of WenQuanYi Micro Hei holding the
 * characters of the tests (made by {@link TestFontSubsetGenerator}).
 */
final class DivisionTablePdf {

	static final String FONT = "/fonts/wqy-microhei-subset.ttf";

	private static final float SIZE = 10.5f;

	private static final float LEADING = 15f;

	private static final float PADDING = 5.4f;

	private static final float LEFT = 60f;

	/** A short page, so that a few rows fill it. */
	private static final PDRectangle PAGE = new PDRectangle(595f, 400f);

	private static final float TOP = PAGE.getHeight() - 70f;

	private static final float BOTTOM = 70f;

	private final List<String> title;

	private final float[] widths;

	private final List<String> header;

	private final List<List<String>> rows;

	private final boolean centred;

	private PDDocument document;

	private PDType0Font font;

	private PDPageContentStream content;

	private float y;

	private int pages;

	/**
	 * @param title lines above the table
	 * @param widths of the columns, in points
	 * @param header the header row
	 * @param rows the rows; a row of one cell is merged across all columns
	 */
	DivisionTablePdf(List<String> title, float[] widths, List<String> header, List<List<String>> rows) {
		this(title, widths, header, rows, false);
	}

	private DivisionTablePdf(List<String> title, float[] widths, List<String> header, List<List<String>> rows,
			boolean centred) {
		this.title = title;
		this.widths = widths;
		this.header = header;
		this.rows = rows;
		this.centred = centred;
	}

	/**
	 * Cells other than the task's centred vertically in their row, as many offices set
	 * them; a row is then kept on one page.
	 */
	DivisionTablePdf centredVertically() {
		return new DivisionTablePdf(title, widths, header, rows, true);
	}

	byte[] render() {
		try (PDDocument doc = new PDDocument();
				InputStream in = DivisionTablePdf.class.getResourceAsStream(FONT);
				ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			document = doc;
			font = PDType0Font.load(doc, in, true);
			newPage();
			for (String line : title) {
				text(line, (PAGE.getWidth() - width(line, 16f)) / 2f, y - 16f, 16f);
				y -= 28f;
			}
			y -= 6f;
			drawRow(header, true);
			for (List<String> row : rows) {
				drawRow(row, false);
			}
			content.close();
			doc.save(out);
			return out.toByteArray();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private void newPage() throws IOException {
		if (content != null) {
			content.close();
		}
		PDPage page = new PDPage(PAGE);
		document.addPage(page);
		content = new PDPageContentStream(document, page);
		pages++;
		String number = "- " + pages + " -";
		text(number, (PAGE.getWidth() - width(number, 12f)) / 2f, 36f, 12f);
		y = TOP;
	}

	/** One row: its cells wrapped, broken across pages line by line where it must. */
	private void drawRow(List<String> cells, boolean isHeader) throws IOException {
		boolean merged = cells.size() == 1;
		List<List<String>> wrapped = new ArrayList<>();
		int height = 0;
		for (int c = 0; c < cells.size(); c++) {
			float width = merged ? total() : widths[c];
			List<String> lines = wrap(cells.get(c), width - 2 * PADDING);
			wrapped.add(lines);
			height = Math.max(height, lines.size());
		}
		int line = 0;
		while (line < height) {
			float top = y;
			int fits = (int) ((y - BOTTOM) / LEADING);
			if (fits < 1 || centred && fits < height && !isHeader) {
				newPage();
				drawRow(header, true);
				continue;
			}
			int upTo = Math.min(height, line + fits);
			float x = LEFT;
			for (int c = 0; c < wrapped.size(); c++) {
				float width = merged ? total() : widths[c];
				List<String> lines = wrapped.get(c);
				boolean left = merged || c == 1 && !isHeader;
				float down = centred && !left ? (height - lines.size()) * LEADING / 2f : 0f;
				for (int k = line; k < upTo && k < lines.size(); k++) {
					String piece = lines.get(k);
					float at = left ? x + PADDING : x + (width - width(piece, SIZE)) / 2f;
					text(piece, at, top - down - (k - line + 1) * LEADING + 4f, SIZE);
				}
				x += width;
			}
			y = top - (upTo - line) * LEADING - 2f;
			borders(top, merged);
			line = upTo;
		}
	}

	private void borders(float top, boolean merged) throws IOException {
		content.setLineWidth(0.5f);
		content.moveTo(LEFT, top);
		content.lineTo(LEFT + total(), top);
		content.moveTo(LEFT, y);
		content.lineTo(LEFT + total(), y);
		float x = LEFT;
		content.moveTo(x, top);
		content.lineTo(x, y);
		for (float width : widths) {
			x += width;
			if (!merged || x >= LEFT + total() - 0.1f) {
				content.moveTo(x, top);
				content.lineTo(x, y);
			}
		}
		content.stroke();
	}

	private List<String> wrap(String text, float width) throws IOException {
		List<String> lines = new ArrayList<>();
		StringBuilder line = new StringBuilder();
		for (int i = 0; i < text.length(); i++) {
			String next = line.toString() + text.charAt(i);
			if (width(next, SIZE) > width && line.length() > 0) {
				lines.add(line.toString());
				line.setLength(0);
			}
			line.append(text.charAt(i));
		}
		lines.add(line.toString());
		return lines;
	}

	private float total() {
		float total = 0f;
		for (float width : widths) {
			total += width;
		}
		return total;
	}

	private float width(String text, float size) throws IOException {
		return font.getStringWidth(text) / 1000f * size;
	}

	private void text(String text, float x, float baseline, float size) throws IOException {
		content.beginText();
		content.setFont(font, size);
		content.newLineAtOffset(x, baseline);
		content.showText(text);
		content.endText();
	}

}
