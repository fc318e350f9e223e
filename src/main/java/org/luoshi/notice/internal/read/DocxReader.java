package org.luoshi.notice.internal.read;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.xwpf.usermodel.IBodyElement;
import org.apache.poi.xwpf.usermodel.ICell;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFSDT;
import org.apache.poi.xwpf.usermodel.XWPFSDTCell;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.luoshi.notice.NoticeFormatException;

/**
 * Reads the body of a .docx in document order: one line per paragraph, with Word's
 * automatic numbering rendered in front, and one line per table row with the cells
 * separated by a TAB. Line n is the n-th paragraph or row.
 */
final class DocxReader {

	private DocxReader() {
	}

	static List<String> read(byte[] bytes, String name) throws NoticeFormatException {
		OPCPackage pkg = WordPackage.open(bytes, name);
		List<String> lines;
		try {
			XWPFDocument document = new XWPFDocument(pkg);
			lines = new Body(new ListNumbering(document)).lines(document.getBodyElements());
		}
		catch (IOException | RuntimeException ex) {
			throw WordPackage.corrupt(name, ex);
		}
		finally {
			pkg.revert();
		}
		if (lines.stream().allMatch(String::isBlank)) {
			throw new NoticeFormatException("docx-without-text", DisplayName.argument(name));
		}
		return lines;
	}

	/** Walks the body elements with one numbering state for the whole document. */
	private static final class Body {

		private final ListNumbering numbering;

		Body(ListNumbering numbering) {
			this.numbering = numbering;
		}

		List<String> lines(List<IBodyElement> elements) {
			List<String> lines = new ArrayList<>();
			for (IBodyElement element : elements) {
				if (element instanceof XWPFParagraph paragraph) {
					lines.add(paragraph(paragraph));
				}
				else if (element instanceof XWPFTable table) {
					for (XWPFTableRow row : table.getRows()) {
						lines.add(row(row));
					}
				}
				else if (element instanceof XWPFSDT sdt) {
					lines.addAll(LineSplitter.split(sdt.getContent().getText()));
				}
			}
			return lines;
		}

		private String paragraph(XWPFParagraph paragraph) {
			return numbering.numbered(paragraph, DocxParagraphText.of(paragraph));
		}

		private String row(XWPFTableRow row) {
			List<String> cells = new ArrayList<>();
			for (ICell cell : row.getTableICells()) {
				if (cell instanceof XWPFTableCell tableCell) {
					cells.add(cell(tableCell));
				}
				else if (cell instanceof XWPFSDTCell sdtCell) {
					cells.add(oneLine(sdtCell.getContent().getText()));
				}
			}
			return cells.stream().allMatch(String::isBlank) ? "" : String.join("\t", cells);
		}

		/** A cell's paragraphs and nested tables on one line, separated by spaces. */
		private String cell(XWPFTableCell cell) {
			List<String> parts = new ArrayList<>();
			for (IBodyElement element : cell.getBodyElements()) {
				if (element instanceof XWPFParagraph paragraph) {
					parts.add(paragraph(paragraph));
				}
				else if (element instanceof XWPFTable table) {
					for (XWPFTableRow row : table.getRows()) {
						parts.add(row(row));
					}
				}
			}
			return oneLine(String.join(" ", parts.stream().filter((part) -> !part.isBlank()).toList()));
		}

		private static String oneLine(String text) {
			return text.replaceAll("[\\t\\r\\n]+", " ").strip();
		}

	}

}
