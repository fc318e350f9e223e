package org.luoshi.plan.internal.sheet;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;

import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.luoshi.common.Vocabulary;

/**
 * Writes the rows as an Excel workbook: the sheet 分工表 with a bold, frozen header row and
 * a filter, every cell a text cell in text format (so that nothing an office types or a
 * task says becomes a formula, a number or a date), and the sheet 说明 explaining the
 * columns.
 */
@Vocabulary("the division sheet's sheet names and the notes of its 说明 sheet: a document the offices exchange in Chinese and the importer reads back (分工表, 规划)")
final class XlsxWriter {

	static final String SHEET = "分工表";

	static final String NOTES_SHEET = "说明";

	/** The first cell of 说明 when the sheet names its plan; the title stands beside it. */
	static final String PLAN_LABEL = "规划";

	private static final List<String> RULES = List.of("每行一个任务，按章、节顺序排列；同一章、同一节的行应连在一起，直属于章的任务排在该章各节之前。",
			"只填“章”（和“节”）而其余各列为空的行，表示暂无任务的章或节。", "请勿修改、删除或调换第一行的列名；可在右侧另加列，导入时不读取。", "单元格均为文本格式，以“=”开头的内容不会被当作公式。");

	private static final int ROW_WINDOW = 200;

	private XlsxWriter() {
	}

	static byte[] write(List<DivisionRow> rows, String planTitle) {
		// streamed, strings inline: a sheet at the row limit takes seconds, not a minute
		SXSSFWorkbook workbook = new SXSSFWorkbook(new XSSFWorkbook(), ROW_WINDOW, true, false);
		try (workbook) {
			Styles styles = new Styles(workbook);
			Sheet sheet = workbook.createSheet(SHEET);
			SheetColumn[] columns = SheetColumn.values();
			for (SheetColumn column : columns) {
				sheet.setColumnWidth(column.ordinal(), column.width() * 256);
				sheet.setDefaultColumnStyle(column.ordinal(), column.wrapped() ? styles.wrapped : styles.text);
			}
			write(sheet.createRow(0), DivisionRow.HEADER.cells(), styles.header, styles.header);
			for (int i = 0; i < rows.size(); i++) {
				write(sheet.createRow(i + 1), rows.get(i).cells(), styles.text, styles.wrapped);
			}
			sheet.createFreezePane(0, 1);
			sheet.setAutoFilter(new CellRangeAddress(0, rows.size(), 0, columns.length - 1));
			notes(workbook.createSheet(NOTES_SHEET), planTitle, styles);
			ByteArrayOutputStream out = new ByteArrayOutputStream();
			workbook.write(out);
			return out.toByteArray();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		finally {
			workbook.dispose();
		}
	}

	private static void write(Row row, List<String> cells, CellStyle plain, CellStyle wrapped) {
		SheetColumn[] columns = SheetColumn.values();
		for (int i = 0; i < cells.size(); i++) {
			// a String value makes a string cell; POI never reads it as a formula
			row.createCell(i).setCellValue(cells.get(i));
			row.getCell(i).setCellStyle(columns[i].wrapped() ? wrapped : plain);
		}
	}

	private static void notes(Sheet sheet, String planTitle, Styles styles) {
		sheet.setColumnWidth(0, 14 * 256);
		sheet.setColumnWidth(1, 90 * 256);
		int r = 0;
		if (planTitle != null && !planTitle.isBlank()) {
			pair(sheet.createRow(r++), PLAN_LABEL, planTitle, styles.header, styles.wrapped);
			r++;
		}
		pair(sheet.createRow(r++), "列", "含义", styles.header, styles.header);
		for (SheetColumn column : SheetColumn.values()) {
			pair(sheet.createRow(r++), column.header(), column.meaning(), styles.text, styles.wrapped);
		}
		r++;
		pair(sheet.createRow(r++), "填写要求", "", styles.header, styles.header);
		for (int i = 0; i < RULES.size(); i++) {
			pair(sheet.createRow(r++), String.valueOf(i + 1), RULES.get(i), styles.text, styles.wrapped);
		}
	}

	private static void pair(Row row, String first, String second, CellStyle firstStyle, CellStyle secondStyle) {
		row.createCell(0).setCellValue(first);
		row.getCell(0).setCellStyle(firstStyle);
		row.createCell(1).setCellValue(second);
		row.getCell(1).setCellStyle(secondStyle);
	}

	/** The three looks of the sheet: header, plain text, wrapped text. */
	private static final class Styles {

		final CellStyle header;

		final CellStyle text;

		final CellStyle wrapped;

		Styles(Workbook workbook) {
			short textFormat = workbook.createDataFormat().getFormat("@");
			Font bold = workbook.createFont();
			bold.setBold(true);
			this.header = workbook.createCellStyle();
			this.header.setFont(bold);
			this.header.setDataFormat(textFormat);
			this.header.setVerticalAlignment(VerticalAlignment.CENTER);
			this.header.setFillForegroundColor(IndexedColors.GREY_25_PERCENT.getIndex());
			this.header.setFillPattern(FillPatternType.SOLID_FOREGROUND);
			this.header.setBorderBottom(BorderStyle.THIN);
			this.text = workbook.createCellStyle();
			this.text.setDataFormat(textFormat);
			this.text.setVerticalAlignment(VerticalAlignment.TOP);
			// quote-prefixed: Excel keeps a cell beginning with = + - @ as text even
			// after it is edited or saved as CSV, and the value itself stays as written
			// for the round trip
			this.text.setQuotePrefixed(true);
			this.wrapped = workbook.createCellStyle();
			this.wrapped.cloneStyleFrom(this.text);
			this.wrapped.setWrapText(true);
		}

	}

}
