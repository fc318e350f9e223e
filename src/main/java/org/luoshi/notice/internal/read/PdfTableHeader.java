package org.luoshi.notice.internal.read;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.luoshi.common.Vocabulary;

/**
 * The header of a division table on a PDF page (序号 | 主要任务 | 牵头单位 | 配合单位): a line, or up
 * to three close lines where header cells wrap (牵头 / 单位) or sit centred between them, of
 * short texts set apart in columns, one naming the tasks and one the lead or responsible
 * organisations. Each column is where its header text stands.
 *
 * @param columns the header's columns from left to right
 * @param lines how many lines of the page it takes
 */
@Vocabulary("the column headers of the division tables notices attach (任务, 牵头单位), which the reader looks for")
record PdfTableHeader(List<Column> columns, int lines) {

	/** A column's header text and where it stands. */
	record Column(String text, float left, float right) {

		float centre() {
			return (left + right) / 2f;
		}

	}

	/** A header cell is a word or two; a longer text is content. */
	private static final int MAX_CELL_LENGTH = 12;

	/** Header lines follow each other closer than this, in characters. */
	private static final float MAX_GAP_EMS = 1.8f;

	private static final String[] TASK_WORDS = { "任务", "内容", "事项", "措施", "举措", "指标", "目标", "工作" };

	private static final String[] ORGANISATION_WORDS = { "牵头", "责任", "负责", "主责" };

	/** The header that starts at line {@code from}, or null. */
	static PdfTableHeader at(List<PdfLine> lines, int from) {
		List<PdfLine.Run> runs = new ArrayList<>();
		for (int k = 0; k < 3 && from + k < lines.size(); k++) {
			PdfLine line = lines.get(from + k);
			if (k > 0 && line.baseline() - lines.get(from + k - 1).baseline() > MAX_GAP_EMS * line.em()
					|| !allShort(line)) {
				return null;
			}
			runs.addAll(line.runs());
			List<Column> columns = columns(runs);
			if (columns.size() >= 3 && names(columns, TASK_WORDS) && names(columns, ORGANISATION_WORDS)) {
				int taken = k + 1;
				while (taken < k + 3 && from + taken < lines.size()
						&& continuesHeader(lines.get(from + taken), lines.get(from + taken - 1), columns)) {
					runs.addAll(lines.get(from + taken).runs());
					taken++;
				}
				return new PdfTableHeader(columns(runs), taken);
			}
		}
		return null;
	}

	/**
	 * The header as a row of cells separated by TAB, standing where its first line stood.
	 */
	PdfLine row(PdfLine first) {
		return new PdfLine(String.join("\t", columns.stream().map(Column::text).toList()), first.left(),
				columns.get(columns.size() - 1).right(), first.baseline(), first.em(), List.of());
	}

	/** The same header as this, repeated on a later page. */
	boolean sameAs(PdfTableHeader other) {
		return other != null && other.columns.stream()
			.map(Column::text)
			.toList()
			.equals(columns.stream().map(Column::text).toList());
	}

	private static boolean allShort(PdfLine line) {
		for (PdfLine.Run run : line.runs()) {
			if (run.text().length() > MAX_CELL_LENGTH) {
				return false;
			}
		}
		return true;
	}

	/**
	 * The second line of wrapped header cells (单位 under 牵头): short words under the
	 * columns.
	 */
	private static boolean continuesHeader(PdfLine line, PdfLine previous, List<Column> columns) {
		if (line.baseline() - previous.baseline() > MAX_GAP_EMS * line.em()) {
			return false;
		}
		for (PdfLine.Run run : line.runs()) {
			if (run.text().length() > 6 || run.text().chars().anyMatch(Character::isDigit)
					|| columns.stream().noneMatch(c -> run.left() < c.right() && run.right() > c.left())) {
				return false;
			}
		}
		return true;
	}

	/**
	 * Runs that overlap from left to right are one column, their texts read from top to
	 * bottom.
	 */
	private static List<Column> columns(List<PdfLine.Run> runs) {
		List<PdfLine.Run> byLeft = new ArrayList<>(runs);
		byLeft.sort(Comparator.comparingDouble(PdfLine.Run::left));
		List<List<PdfLine.Run>> groups = new ArrayList<>();
		float right = Float.NEGATIVE_INFINITY;
		for (PdfLine.Run run : byLeft) {
			if (groups.isEmpty() || run.left() >= right) {
				groups.add(new ArrayList<>());
			}
			groups.get(groups.size() - 1).add(run);
			right = Math.max(right, run.right());
		}
		List<Column> columns = new ArrayList<>(groups.size());
		for (List<PdfLine.Run> group : groups) {
			StringBuilder text = new StringBuilder();
			// runs were added line by line: their order in the list is top to bottom
			runs.stream().filter(group::contains).forEach(r -> text.append(r.text()));
			float left = (float) group.stream().mapToDouble(PdfLine.Run::left).min().orElse(0);
			float groupRight = (float) group.stream().mapToDouble(PdfLine.Run::right).max().orElse(0);
			columns.add(new Column(text.toString(), left, groupRight));
		}
		return columns;
	}

	private static boolean names(List<Column> columns, String[] words) {
		for (Column column : columns) {
			for (String word : words) {
				if (column.text().contains(word)) {
					return true;
				}
			}
		}
		return false;
	}

}
