package org.luoshi.implementation.internal.document;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * The rows of the first sheet with a recognisable header row, numbered as the sheet
 * numbers them. A merged cell gives its text to every row it covers and to its first
 * column only; a date cell reads as 2013-06-30.
 */
final class XlsxSource {

	/** More rows than any department writes measures; a bound on memory. */
	static final int MAX_ROWS = 20_000;

	private XlsxSource() {
	}

	static List<SourceLine> lines(byte[] content) {
		try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(content))) {
			for (Sheet sheet : workbook) {
				List<SourceLine> rows = rows(sheet);
				if (TableItems.hasHeader(rows)) {
					return rows;
				}
			}
			return List.of();
		}
		catch (IOException | RuntimeException ex) {
			if (ex instanceof DocumentProblem problem) {
				throw problem;
			}
			throw new DocumentProblem(DocumentProblem.UNREADABLE, "the workbook cannot be opened", ex);
		}
	}

	private static List<SourceLine> rows(Sheet sheet) {
		if (sheet.getLastRowNum() > MAX_ROWS) {
			throw new DocumentProblem(DocumentProblem.TOO_LARGE, null,
					"sheet " + sheet.getSheetName() + " has more than " + MAX_ROWS + " rows");
		}
		DataFormatter formatter = new DataFormatter();
		Map<Long, String> merged = merged(sheet, formatter);
		List<SourceLine> lines = new ArrayList<>();
		for (Row row : sheet) {
			List<String> cells = new ArrayList<>();
			int last = Math.max(row.getLastCellNum(), 0);
			for (int c = 0; c < last; c++) {
				String value = merged.get(key(row.getRowNum(), c));
				cells.add((value != null) ? value : text(row.getCell(c), formatter));
			}
			lines.add(new SourceLine(row.getRowNum() + 1, cells, 1));
		}
		return lines;
	}

	/** The text every cell of a region merged down takes from its top-left cell. */
	private static Map<Long, String> merged(Sheet sheet, DataFormatter formatter) {
		Map<Long, String> merged = new HashMap<>();
		for (CellRangeAddress region : sheet.getMergedRegions()) {
			Row top = sheet.getRow(region.getFirstRow());
			String text = (top == null) ? "" : text(top.getCell(region.getFirstColumn()), formatter);
			for (int r = region.getFirstRow(); r <= region.getLastRow() && r - region.getFirstRow() < MAX_ROWS; r++) {
				for (int c = region.getFirstColumn(); c <= region.getLastColumn() && c < 256; c++) {
					merged.put(key(r, c), (c == region.getFirstColumn()) ? text : "");
				}
			}
		}
		return merged;
	}

	private static long key(int row, int column) {
		return ((long) row << 16) | column;
	}

	private static String text(Cell cell, DataFormatter formatter) {
		if (cell == null) {
			return "";
		}
		if (cell.getCellType() == CellType.NUMERIC && DateUtil.isCellDateFormatted(cell)) {
			LocalDate day = cell.getLocalDateTimeCellValue().toLocalDate();
			return day.toString();
		}
		return formatter.formatCellValue(cell).strip();
	}

}
