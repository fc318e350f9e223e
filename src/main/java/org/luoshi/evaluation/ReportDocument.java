package org.luoshi.evaluation;

import java.util.List;

/**
 * A report laid out as a government report reads, in the reader's language: the title and
 * the blocks under it — headings numbered 一、（一）1., paragraphs, bordered tables and charts
 * — that the .docx, the PDF and the HTML page each render the same way, so that all three
 * carry the same numbers.
 */
public record ReportDocument(String title, String subtitle, List<Block> blocks) {

	public ReportDocument {
		blocks = List.copyOf(blocks);
	}

	/**
	 * One block of the report.
	 *
	 * @param kind heading, paragraph, table or chart
	 * @param level a heading's level: 1 for 一、, 2 for （一）, 3 for 1.
	 * @param text a heading's or paragraph's words, a table's or chart's caption
	 * @param header a table's column heads
	 * @param rows a table's rows
	 * @param chart a chart's name ({@code indicator-12}, {@code chapters})
	 */
	public record Block(String kind, int level, String text, List<String> header, List<List<String>> rows,
			String chart) {

		public static final String HEADING = "heading";

		public static final String PARAGRAPH = "paragraph";

		public static final String TABLE = "table";

		public static final String CHART = "chart";

		public Block {
			header = List.copyOf(header);
			rows = rows.stream().map((row) -> row.stream().map((c) -> (c != null) ? c : "").toList()).toList();
		}

		public static Block heading(int level, String text) {
			return new Block(HEADING, level, text, List.of(), List.of(), null);
		}

		public static Block paragraph(String text) {
			return new Block(PARAGRAPH, 0, text, List.of(), List.of(), null);
		}

		public static Block table(String caption, List<String> header, List<List<String>> rows) {
			return new Block(TABLE, 0, caption, header, rows, null);
		}

		public static Block chart(String name, String caption) {
			return new Block(CHART, 0, caption, List.of(), List.of(), name);
		}

	}

}
