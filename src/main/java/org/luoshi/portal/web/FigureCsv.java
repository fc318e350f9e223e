package org.luoshi.portal.web;

import org.luoshi.common.SpreadsheetText;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.luoshi.evaluation.PublishedFigure;

/**
 * Published figures as CSV: UTF-8 with a byte-order mark (so that spreadsheet programs
 * read the Chinese), comma-separated, quoted where a value needs it, one header row; a
 * text that a spreadsheet would take for a formula is defused ({@link SpreadsheetText}).
 */
final class FigureCsv {

	private FigureCsv() {
	}

	static byte[] write(List<PublishedFigure> figures) {
		StringBuilder csv = new StringBuilder("\uFEFF");
		csv.append(String.join(",", OpenDataController.COLUMNS)).append("\r\n");
		for (PublishedFigure f : figures) {
			List<String> cells = new ArrayList<>();
			cells.add(String.valueOf(f.reportId()));
			cells.add(String.valueOf(f.planId()));
			cells.add(String.valueOf(f.reportYear()));
			cells.add(String.valueOf(f.indicatorId()));
			cells.add(SpreadsheetText.defused(f.indicator()));
			cells.add(String.valueOf(f.binding()));
			cells.add(SpreadsheetText.defused(f.unit()));
			cells.add(SpreadsheetText.defused(f.region()));
			cells.add(String.valueOf(f.city()));
			cells.add(String.valueOf(f.year()));
			cells.add(plain(f.figure()));
			cells.add(SpreadsheetText.defused(f.status()));
			cells.add(number(f.level()));
			cells.add(number(f.progress()));
			cells.add(plain(f.target()));
			cells.add(number(f.expected()));
			cells.add(SpreadsheetText.defused(f.verdict()));
			cells.add((f.publishedAt() != null) ? f.publishedAt().toString() : null);
			csv.append(String.join(",", cells.stream().map(FigureCsv::quoted).toList())).append("\r\n");
		}
		return csv.toString().getBytes(StandardCharsets.UTF_8);
	}

	private static String plain(BigDecimal value) {
		return (value != null) ? value.toPlainString() : null;
	}

	private static String number(Double value) {
		return (value != null) ? BigDecimal.valueOf(value).toPlainString() : null;
	}

	private static String quoted(String value) {
		if (value == null) {
			return "";
		}
		if (value.contains(",") || value.contains("\"") || value.contains("\n") || value.contains("\r")) {
			return "\"" + value.replace("\"", "\"\"") + "\"";
		}
		return value;
	}

}
