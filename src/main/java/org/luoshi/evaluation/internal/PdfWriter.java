package org.luoshi.evaluation.internal;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.function.Function;

import com.lowagie.text.Chunk;
import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.Image;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.ColumnText;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfPageEventHelper;
import org.luoshi.evaluation.ReportDocument;
import org.luoshi.evaluation.ReportDocument.Block;

/**
 * Writes a report as PDF in the same layout as the Word document: its text set in the
 * report font embedded as a subset with Unicode mapping (Identity-H), so that the Chinese
 * is real text a reader searches and copies; bordered tables; charts as images; the page
 * number centred at the foot of each page.
 */
final class PdfWriter {

	private PdfWriter() {
	}

	static byte[] write(ReportDocument document, Words words, Function<String, byte[]> charts) {
		try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			BaseFont regular = Faces.REGULAR;
			BaseFont bold = Faces.BOLD;
			Document pdf = new Document(PageSize.A4, 64, 60, 72, 64);
			com.lowagie.text.pdf.PdfWriter writer = com.lowagie.text.pdf.PdfWriter.getInstance(pdf, out);
			writer.setPageEvent(new PageNumbers(regular, words));
			// a chart that does not fit goes to the next page with its caption, not after
			// it
			writer.setStrictImageSequence(true);
			pdf.addTitle(document.title());
			pdf.open();
			Paragraph title = new Paragraph(document.title(), new Font(bold, 20));
			title.setAlignment(Element.ALIGN_CENTER);
			pdf.add(title);
			Paragraph subtitle = new Paragraph(document.subtitle(), new Font(regular, 11));
			subtitle.setAlignment(Element.ALIGN_CENTER);
			subtitle.setSpacingAfter(12);
			pdf.add(subtitle);
			for (Block block : document.blocks()) {
				switch (block.kind()) {
					case Block.HEADING -> {
						Paragraph heading = new Paragraph(block.text(), new Font(bold, (block.level() == 1) ? 14 : 12));
						heading.setSpacingBefore(8);
						heading.setSpacingAfter(4);
						pdf.add(heading);
					}
					case Block.PARAGRAPH -> {
						Paragraph paragraph = new Paragraph(block.text(), new Font(regular, 11));
						paragraph.setFirstLineIndent(22);
						paragraph.setLeading(18);
						pdf.add(paragraph);
					}
					case Block.TABLE -> pdf.add(table(block, regular, bold));
					case Block.CHART -> chart(pdf, block, charts.apply(block.chart()), regular);
					default -> throw new IllegalStateException("unknown block " + block.kind());
				}
			}
			pdf.close();
			return out.toByteArray();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		catch (DocumentException ex) {
			throw new IllegalStateException("The report's PDF cannot be written", ex);
		}
	}

	private static PdfPTable table(Block block, BaseFont regular, BaseFont bold) {
		PdfPTable table = new PdfPTable(widths(block));
		table.setWidthPercentage(100);
		table.setSpacingBefore(6);
		table.setSpacingAfter(8);
		table.setHeaderRows(2);
		PdfPCell caption = new PdfPCell(new Phrase(block.text(), new Font(bold, 10)));
		caption.setColspan(block.header().size());
		caption.setBorder(0);
		caption.setHorizontalAlignment(Element.ALIGN_CENTER);
		caption.setPaddingBottom(4);
		table.addCell(caption);
		for (String head : block.header()) {
			table.addCell(cell(head, new Font(bold, 8)));
		}
		for (java.util.List<String> row : block.rows()) {
			for (String value : row) {
				table.addCell(cell(value, new Font(regular, 8)));
			}
		}
		return table;
	}

	// each column as wide as its longest cell, within limits, so that names are not
	// broken
	// letter by letter while numbers stay narrow
	private static float[] widths(Block block) {
		float[] widths = new float[block.header().size()];
		for (int i = 0; i < widths.length; i++) {
			int longest = block.header().get(i).length();
			for (java.util.List<String> row : block.rows()) {
				longest = Math.max(longest, row.get(i).length());
			}
			widths[i] = Math.max(3, Math.min(12, longest));
		}
		return widths;
	}

	private static PdfPCell cell(String text, Font font) {
		PdfPCell cell = new PdfPCell(new Phrase(text, font));
		cell.setHorizontalAlignment(Element.ALIGN_CENTER);
		cell.setVerticalAlignment(Element.ALIGN_MIDDLE);
		cell.setPadding(3);
		return cell;
	}

	private static void chart(Document pdf, Block block, byte[] png, BaseFont regular) throws IOException {
		if (png == null) {
			return;
		}
		Image image = Image.getInstance(png);
		image.scaleToFit(420, 210);
		image.setAlignment(Element.ALIGN_CENTER);
		pdf.add(image);
		Paragraph caption = new Paragraph(block.text(), new Font(regular, 9));
		caption.setAlignment(Element.ALIGN_CENTER);
		caption.setSpacingAfter(6);
		pdf.add(caption);
	}

	// parsed once: each document embeds the subset of glyphs it uses
	private static final class Faces {

		static final BaseFont REGULAR = face("NotoSansSC-Regular.ttf", ReportFont.regular());

		static final BaseFont BOLD = face("NotoSansSC-Bold.ttf", ReportFont.bold());

		private static BaseFont face(String name, byte[] ttf) {
			try {
				return BaseFont.createFont(name, BaseFont.IDENTITY_H, BaseFont.EMBEDDED, true, ttf, null);
			}
			catch (IOException | DocumentException ex) {
				throw new IllegalStateException("The report font cannot be read", ex);
			}
		}

	}

	/** The page number at the foot of every page. */
	private static final class PageNumbers extends PdfPageEventHelper {

		private final BaseFont font;

		private final Words words;

		PageNumbers(BaseFont font, Words words) {
			this.font = font;
			this.words = words;
		}

		@Override
		public void onEndPage(com.lowagie.text.pdf.PdfWriter writer, Document document) {
			Phrase number = new Phrase(
					new Chunk(this.words.get("evaluation.doc.page", writer.getPageNumber()), new Font(this.font, 10)));
			ColumnText.showTextAligned(writer.getDirectContent(), Element.ALIGN_CENTER, number,
					(document.left() + document.right()) / 2, document.bottom() - 30, 0);
		}

	}

}
