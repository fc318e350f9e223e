package org.luoshi.evaluation.internal;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.util.List;
import java.util.function.Function;

import org.apache.poi.util.Units;
import org.apache.poi.wp.usermodel.HeaderFooterType;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFFooter;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.luoshi.evaluation.ReportDocument;
import org.luoshi.evaluation.ReportDocument.Block;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageMar;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;

/**
 * Writes a report as a Word document in the layout of a government report: the title
 * centred in the title face, headings 一、 in the heading face and （一） bold, body text
 * first-line indented, bordered tables with a bold header row, charts as pictures, and
 * the page number centred in the footer (— 1 —), on A4.
 */
final class DocxWriter {

	private static final int BODY = 14;

	private static final int TABLE = 9;

	private DocxWriter() {
	}

	/**
	 * @param charts the PNG of a chart by its name
	 */
	static byte[] write(ReportDocument document, Words words, Function<String, byte[]> charts) {
		try (XWPFDocument docx = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			Fonts fonts = new Fonts(words.get("evaluation.doc.font.title"), words.get("evaluation.doc.font.heading"),
					words.get("evaluation.doc.font.body"));
			a4(docx);
			footer(docx, words, fonts);
			XWPFParagraph title = docx.createParagraph();
			title.setAlignment(ParagraphAlignment.CENTER);
			run(title, document.title(), fonts.title(), 22, true);
			XWPFParagraph subtitle = docx.createParagraph();
			subtitle.setAlignment(ParagraphAlignment.CENTER);
			run(subtitle, document.subtitle(), fonts.body(), 12, false);
			for (Block block : document.blocks()) {
				switch (block.kind()) {
					case Block.HEADING -> heading(docx, block, fonts);
					case Block.PARAGRAPH -> paragraph(docx, block.text(), fonts);
					case Block.TABLE -> table(docx, block, fonts);
					case Block.CHART -> chart(docx, block, charts.apply(block.chart()), fonts);
					default -> throw new IllegalStateException("unknown block " + block.kind());
				}
			}
			docx.write(out);
			return out.toByteArray();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private record Fonts(String title, String heading, String body) {
	}

	private static void a4(XWPFDocument docx) {
		CTSectPr section = docx.getDocument().getBody().addNewSectPr();
		section.addNewPgSz().setW(BigInteger.valueOf(11906));
		section.getPgSz().setH(BigInteger.valueOf(16838));
		CTPageMar margins = section.addNewPgMar();
		margins.setTop(BigInteger.valueOf(2098));
		margins.setBottom(BigInteger.valueOf(1984));
		margins.setLeft(BigInteger.valueOf(1588));
		margins.setRight(BigInteger.valueOf(1474));
	}

	private static void footer(XWPFDocument docx, Words words, Fonts fonts) {
		XWPFFooter footer = docx.createFooter(HeaderFooterType.DEFAULT);
		XWPFParagraph paragraph = footer.createParagraph();
		paragraph.setAlignment(ParagraphAlignment.CENTER);
		String[] around = words.get("evaluation.doc.page", "\u0000").split("\u0000", -1);
		run(paragraph, around[0], fonts.body(), 12, false);
		// the PAGE field: Word writes the page number in
		paragraph.getCTP().addNewFldSimple().setInstr("PAGE \\* MERGEFORMAT");
		run(paragraph, (around.length > 1) ? around[1] : "", fonts.body(), 12, false);
	}

	private static void heading(XWPFDocument docx, Block block, Fonts fonts) {
		XWPFParagraph paragraph = docx.createParagraph();
		paragraph.setSpacingBefore(120);
		if (block.level() > 1) {
			paragraph.setIndentationFirstLine(560);
		}
		run(paragraph, block.text(), (block.level() == 1) ? fonts.heading() : fonts.body(), 16, block.level() <= 2);
	}

	private static void paragraph(XWPFDocument docx, String text, Fonts fonts) {
		XWPFParagraph paragraph = docx.createParagraph();
		paragraph.setIndentationFirstLine(560);
		paragraph.setSpacingBetween(1.25);
		run(paragraph, text, fonts.body(), BODY, false);
	}

	private static void table(XWPFDocument docx, Block block, Fonts fonts) {
		XWPFParagraph caption = docx.createParagraph();
		caption.setAlignment(ParagraphAlignment.CENTER);
		run(caption, block.text(), fonts.heading(), 11, true);
		XWPFTable table = docx.createTable(block.rows().size() + 1, block.header().size());
		table.setWidth("100%");
		fill(table.getRow(0), block.header(), fonts, true);
		for (int i = 0; i < block.rows().size(); i++) {
			fill(table.getRow(i + 1), block.rows().get(i), fonts, false);
		}
		docx.createParagraph();
	}

	private static void fill(XWPFTableRow row, List<String> cells, Fonts fonts, boolean header) {
		for (int i = 0; i < cells.size(); i++) {
			XWPFTableCell cell = row.getCell(i);
			XWPFParagraph paragraph = cell.getParagraphs().get(0);
			paragraph.setAlignment(ParagraphAlignment.CENTER);
			run(paragraph, cells.get(i), fonts.body(), TABLE, header);
		}
	}

	private static void chart(XWPFDocument docx, Block block, byte[] png, Fonts fonts) {
		if (png == null) {
			return;
		}
		XWPFParagraph picture = docx.createParagraph();
		picture.setAlignment(ParagraphAlignment.CENTER);
		try {
			picture.createRun()
				.addPicture(new ByteArrayInputStream(png), XWPFDocument.PICTURE_TYPE_PNG, block.chart() + ".png",
						Units.toEMU(Charts.WIDTH * 0.7), Units.toEMU(Charts.HEIGHT * 0.7));
		}
		catch (IOException | org.apache.poi.openxml4j.exceptions.InvalidFormatException ex) {
			throw new IllegalStateException("The chart " + block.chart() + " cannot be embedded", ex);
		}
		XWPFParagraph caption = docx.createParagraph();
		caption.setAlignment(ParagraphAlignment.CENTER);
		run(caption, block.text(), fonts.body(), 10, false);
	}

	private static void run(XWPFParagraph paragraph, String text, String font, int size, boolean bold) {
		XWPFRun run = paragraph.createRun();
		run.setText(text);
		run.setFontFamily(font);
		run.setFontSize(size);
		run.setBold(bold);
	}

}
