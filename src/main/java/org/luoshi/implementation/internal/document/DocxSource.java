package org.luoshi.implementation.internal.document;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;

import org.apache.poi.xwpf.usermodel.IBodyElement;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTcPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STMerge;

/**
 * The body of a .docx in document order: one line per paragraph (with Word's automatic
 * number in front, {@link AutoNumbers}), one per table row. A cell merged across columns
 * is followed by empty cells so that columns stay aligned; a cell merged down repeats the
 * text of the cell above, as the reader of the page sees it.
 */
final class DocxSource {

	private DocxSource() {
	}

	static List<SourceLine> lines(byte[] content) {
		try (XWPFDocument document = new XWPFDocument(new ByteArrayInputStream(content))) {
			List<SourceLine> lines = new ArrayList<>();
			int table = 0;
			AutoNumbers numbers = new AutoNumbers(document);
			for (IBodyElement element : document.getBodyElements()) {
				if (element instanceof XWPFParagraph paragraph) {
					lines.add(new SourceLine(lines.size() + 1,
							List.of(numbers.numbered(paragraph, paragraph.getText())), 0));
				}
				else if (element instanceof XWPFTable t) {
					table++;
					List<String> above = List.of();
					for (XWPFTableRow row : t.getRows()) {
						List<String> cells = cells(row, above);
						lines.add(new SourceLine(lines.size() + 1, cells, table));
						above = cells;
					}
				}
			}
			return lines;
		}
		catch (IOException | RuntimeException ex) {
			throw new DocumentProblem(DocumentProblem.UNREADABLE, "the document cannot be opened", ex);
		}
	}

	private static List<String> cells(XWPFTableRow row, List<String> above) {
		List<String> cells = new ArrayList<>();
		for (XWPFTableCell cell : row.getTableCells()) {
			CTTcPr pr = cell.getCTTc().getTcPr();
			int column = cells.size();
			boolean continued = pr != null && pr.isSetVMerge()
					&& (pr.getVMerge().getVal() == null || pr.getVMerge().getVal() == STMerge.CONTINUE);
			cells.add(continued && column < above.size() ? above.get(column) : text(cell));
			BigInteger span = (pr != null && pr.isSetGridSpan()) ? pr.getGridSpan().getVal() : null;
			for (int i = 1; span != null && i < span.intValue() && i < 64; i++) {
				cells.add("");
			}
		}
		return cells;
	}

	private static String text(XWPFTableCell cell) {
		List<String> parts = new ArrayList<>();
		for (XWPFParagraph paragraph : cell.getParagraphs()) {
			if (!paragraph.getText().isBlank()) {
				parts.add(paragraph.getText().strip());
			}
		}
		return String.join("\n", parts);
	}

}
