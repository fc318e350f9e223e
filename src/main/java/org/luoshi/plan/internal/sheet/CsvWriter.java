package org.luoshi.plan.internal.sheet;

import org.luoshi.common.SpreadsheetText;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * Writes the rows as CSV that Excel opens in Chinese: UTF-8 with a byte-order mark, CRLF
 * line ends, RFC 4180 quoting, and a single quote in front of any value a spreadsheet
 * would run as a formula (OWASP's rule for CSV injection).
 */
final class CsvWriter {

	private static final byte[] BOM = { (byte) 0xEF, (byte) 0xBB, (byte) 0xBF };

	private CsvWriter() {
	}

	static byte[] write(List<DivisionRow> rows) {
		StringBuilder csv = new StringBuilder();
		line(csv, DivisionRow.HEADER.cells());
		rows.forEach(row -> line(csv, row.cells()));
		ByteArrayOutputStream out = new ByteArrayOutputStream(csv.length() * 3 + BOM.length);
		out.writeBytes(BOM);
		out.writeBytes(csv.toString().getBytes(StandardCharsets.UTF_8));
		return out.toByteArray();
	}

	private static void line(StringBuilder csv, List<String> cells) {
		for (int i = 0; i < cells.size(); i++) {
			if (i > 0) {
				csv.append(',');
			}
			csv.append(field(cells.get(i)));
		}
		csv.append("\r\n");
	}

	static String field(String value) {
		String safe = defused(value == null ? "" : value);
		if (safe.indexOf(',') < 0 && safe.indexOf('"') < 0 && safe.indexOf('\n') < 0 && safe.indexOf('\r') < 0) {
			return safe;
		}
		return '"' + safe.replace("\"", "\"\"") + '"';
	}

	/** The value with a leading ' when it starts with = + - @ TAB or CR. */
	static String defused(String value) {
		return SpreadsheetText.defused(value);
	}

}
