package org.luoshi.indicator.internal;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.luoshi.common.ZipGuard;
import org.luoshi.indicator.ValueFileRefused;

/**
 * The cells of a file of yearly figures, row by row as a spreadsheet numbers them: an
 * .xlsx workbook's first sheet, or CSV text in UTF-8 (with or without BOM) or GB18030, as
 * Excel saves it on a Chinese Windows.
 */
final class FigureFile {

	/** One row: its number (the header is row 1) and its cells as text. */
	record Line(int number, List<String> cells) {

		String cell(int column) {
			return (column >= 0 && column < this.cells.size()) ? this.cells.get(column) : "";
		}

		boolean blank() {
			return this.cells.stream().allMatch(String::isBlank);
		}

	}

	private FigureFile() {
	}

	static List<Line> read(byte[] content, String fileName) {
		boolean zip = content.length > 3 && content[0] == 'P' && content[1] == 'K' && content[2] == 3
				&& content[3] == 4;
		List<Line> lines = zip ? workbook(content, fileName) : Csv.parse(text(content, fileName));
		if (lines.isEmpty() || lines.get(0).blank()) {
			throw new ValueFileRefused.Unreadable(fileName);
		}
		return lines;
	}

	private static List<Line> workbook(byte[] content, String fileName) {
		// a zip bomb is refused before POI unpacks anything
		if (ZipGuard.check(content) == ZipGuard.Verdict.TOO_BIG) {
			throw new ValueFileRefused.ZipBomb(fileName, ZipGuard.MAX_INFLATED / 1048576);
		}
		try (Workbook workbook = new XSSFWorkbook(new ByteArrayInputStream(content))) {
			Sheet sheet = workbook.getSheetAt(0);
			List<Line> lines = new ArrayList<>();
			for (Row row : sheet) {
				List<String> cells = new ArrayList<>();
				for (int c = 0; c < Math.max(0, row.getLastCellNum()); c++) {
					cells.add(text(row.getCell(c)));
				}
				lines.add(new Line(row.getRowNum() + 1, cells));
			}
			return lines;
		}
		catch (IOException | RuntimeException ex) {
			throw new ValueFileRefused.Unreadable(fileName);
		}
	}

	private static String text(Cell cell) {
		if (cell == null) {
			return "";
		}
		CellType type = (cell.getCellType() == CellType.FORMULA) ? cell.getCachedFormulaResultType()
				: cell.getCellType();
		return switch (type) {
			// the number as stored, not as the cell's format shows it (1,234 or 93%)
			case NUMERIC -> BigDecimal.valueOf(cell.getNumericCellValue()).stripTrailingZeros().toPlainString();
			case STRING -> cell.getStringCellValue();
			case BOOLEAN -> String.valueOf(cell.getBooleanCellValue());
			default -> "";
		};
	}

	private static String text(byte[] content, String fileName) {
		int bom = (content.length >= 3 && (content[0] & 0xFF) == 0xEF && (content[1] & 0xFF) == 0xBB
				&& (content[2] & 0xFF) == 0xBF) ? 3 : 0;
		ByteBuffer bytes = ByteBuffer.wrap(content, bom, content.length - bom);
		for (Charset charset : List.of(StandardCharsets.UTF_8, Charset.forName("GB18030"))) {
			try {
				String text = charset.newDecoder()
					.onMalformedInput(CodingErrorAction.REPORT)
					.onUnmappableCharacter(CodingErrorAction.REPORT)
					.decode(bytes.duplicate())
					.toString();
				if (text.indexOf('\0') < 0) {
					return text;
				}
			}
			catch (CharacterCodingException ex) {
				// not this encoding; try the next
			}
		}
		throw new ValueFileRefused.Unreadable(fileName);
	}

}
