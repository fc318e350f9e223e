package org.luoshi.indicator.internal;

import org.luoshi.common.Vocabulary;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.luoshi.common.ComparedText;
import org.luoshi.indicator.RowError;
import org.luoshi.indicator.FigureRefusal;

/**
 * Which column of a file holds which field, found by the header's words in Chinese or
 * English (指标 or indicator, 年份 or year, …); 指标, 年份 and 数值 must be there.
 */
@Vocabulary("the column headings a figures file is written with, read, never shown")
final class FigureColumns {

	/** A field, the header words that name it, and whether a file must have it. */
	private enum Field {

		INDICATOR("indicator", true, "指标", "指标名称", "indicator"),

		REGION("region", false, "地区", "区域", "region"),

		YEAR("year", true, "年份", "年度", "year"),

		VALUE("value", true, "数值", "数据", "值", "value"),

		STATUS("status", false, "状态", "数据状态", "status"),

		SOURCE("source", false, "来源", "数据来源", "source"),

		REASON("revisionReason", false, "修订原因", "reason", "revisionreason"),

		FORM("form", false, "口径", "数据口径", "形式", "form");

		final String name;

		final boolean required;

		final List<String> words;

		Field(String name, boolean required, String... words) {
			this.name = name;
			this.required = required;
			this.words = List.of(words);
		}

	}

	private final Map<String, Integer> columns = new LinkedHashMap<>();

	private final Map<String, String> headers = new LinkedHashMap<>();

	private FigureColumns() {
	}

	/**
	 * @param errors where a missing column is reported, at row 1
	 */
	static FigureColumns of(FigureFile.Line header, List<RowError> errors) {
		FigureColumns found = new FigureColumns();
		for (int c = 0; c < header.cells().size(); c++) {
			String word = ComparedText.of(header.cell(c)).toLowerCase(Locale.ROOT);
			for (Field field : Field.values()) {
				if (field.words.contains(word) && !found.columns.containsKey(field.name)) {
					found.columns.put(field.name, c);
					found.headers.put(field.name, header.cell(c).strip());
				}
			}
		}
		for (Field field : Field.values()) {
			if (field.required && !found.columns.containsKey(field.name)) {
				errors.add(new RowError(header.number(), field.words.get(0), new FigureRefusal.Missing(field.name)));
			}
		}
		return found;
	}

	/**
	 * The cell of the field in the row, stripped; empty if the file has no such column.
	 */
	String cell(FigureFile.Line line, String field) {
		return this.columns.containsKey(field) ? line.cell(this.columns.get(field)).strip() : "";
	}

	/**
	 * The column's header as the file writes it (or its first word), for an error
	 * message.
	 */
	String header(String field) {
		if (this.headers.containsKey(field)) {
			return this.headers.get(field);
		}
		for (Field f : Field.values()) {
			if (f.name.equals(field)) {
				return f.words.get(0);
			}
		}
		return field;
	}

}
