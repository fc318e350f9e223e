package org.luoshi.notice.internal.read;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

/**
 * The rows of one division table in a PDF, from the positions of its text. The columns
 * are where the header puts them, their borders in the empty gaps the cells' text leaves
 * between them (a header centred in a wide column says little about where the column
 * starts). A row starts at a line with text in the first column (序号), and the lines below
 * it with the first column empty carry its cells on (a cell's text wrapped onto the next
 * line, or onto the next page under the repeated header); a line of one text across the
 * columns is a row that names a group (一、产业发展).
 */
final class PdfTableRows {

	/** A row rebuilt as one line, cells separated by TAB, and the line it starts at. */
	record Row(PdfTables.Placed first, PdfLine line) {
	}

	private PdfTableRows() {
	}

	static List<Row> of(PdfTableHeader header, List<PdfTables.Placed> lines) {
		List<PdfTableHeader.Column> columns = header.columns();
		float[] borders = borders(columns, lines);
		List<Row> rows = new ArrayList<>();
		StringBuilder[] cells = null;
		PdfTables.Placed first = null;
		float right = 0f;
		for (PdfTables.Placed placed : lines) {
			PdfLine line = placed.line();
			if (line.runs().size() == 1 && crosses(line.runs().get(0), borders, line.em())) {
				if (cells != null) {
					rows.add(row(first, cells, right));
					cells = null;
				}
				StringBuilder[] group = empty(columns.size());
				group[0].append(line.text());
				rows.add(row(placed, group, line.right()));
				continue;
			}
			int[] at = new int[line.runs().size()];
			boolean starts = cells == null;
			for (int r = 0; r < at.length; r++) {
				at[r] = columnOf(line.runs().get(r), borders);
				starts |= at[r] == 0;
			}
			if (starts) {
				if (cells != null) {
					rows.add(row(first, cells, right));
				}
				cells = empty(columns.size());
				first = placed;
				right = 0f;
			}
			for (int r = 0; r < at.length; r++) {
				StringBuilder cell = cells[at[r]];
				String joined = WrappedLineJoiner.join(cell.toString(), line.runs().get(r).text());
				cell.setLength(0);
				cell.append(joined);
			}
			right = Math.max(right, line.right());
		}
		if (cells != null) {
			rows.add(row(first, cells, right));
		}
		return rows;
	}

	/**
	 * Whether a run covers the centres of two columns or more: a text across the columns,
	 * not a cell's.
	 */
	static boolean spans(PdfLine.Run run, List<PdfTableHeader.Column> columns) {
		int covered = 0;
		for (PdfTableHeader.Column column : columns) {
			if (run.left() < column.centre() && run.right() > column.centre()) {
				covered++;
			}
		}
		return covered >= 2;
	}

	/**
	 * Whether a run reaches across a border, well into the next column: a group's name.
	 */
	private static boolean crosses(PdfLine.Run run, float[] borders, float em) {
		for (float border : borders) {
			if (run.left() < border - em / 2f && run.right() > border + em) {
				return true;
			}
		}
		return false;
	}

	/**
	 * The border between each two columns: the middle of the widest gap between their
	 * centres that no cell's text covers, or of the gap between their header texts when
	 * text covers all of it. Cells are the runs of lines with several: a line of one run
	 * may be a group's name across the columns.
	 */
	private static float[] borders(List<PdfTableHeader.Column> columns, List<PdfTables.Placed> lines) {
		List<float[]> covered = new ArrayList<>();
		for (PdfTableHeader.Column column : columns) {
			covered.add(new float[] { column.left(), column.right() });
		}
		for (PdfTables.Placed placed : lines) {
			List<PdfLine.Run> runs = placed.line().runs();
			for (PdfLine.Run run : runs) {
				if (runs.size() > 1 && !spans(run, columns)) {
					covered.add(new float[] { run.left(), run.right() });
				}
			}
		}
		covered.sort(Comparator.comparingDouble(interval -> interval[0]));
		List<float[]> merged = new ArrayList<>();
		for (float[] interval : covered) {
			float[] last = merged.isEmpty() ? null : merged.get(merged.size() - 1);
			if (last != null && interval[0] <= last[1]) {
				last[1] = Math.max(last[1], interval[1]);
			}
			else {
				merged.add(Arrays.copyOf(interval, 2));
			}
		}
		float[] borders = new float[columns.size() - 1];
		for (int k = 0; k < borders.length; k++) {
			float from = columns.get(k).centre();
			float to = columns.get(k + 1).centre();
			float widest = 0f;
			borders[k] = (columns.get(k).right() + columns.get(k + 1).left()) / 2f;
			for (int m = 0; m + 1 < merged.size(); m++) {
				float gapFrom = Math.max(from, merged.get(m)[1]);
				float gapTo = Math.min(to, merged.get(m + 1)[0]);
				if (gapTo - gapFrom > widest) {
					widest = gapTo - gapFrom;
					borders[k] = (gapFrom + gapTo) / 2f;
				}
			}
		}
		return borders;
	}

	private static int columnOf(PdfLine.Run run, float[] borders) {
		float centre = run.centre();
		int column = 0;
		while (column < borders.length && centre >= borders[column]) {
			column++;
		}
		return column;
	}

	private static StringBuilder[] empty(int columns) {
		StringBuilder[] cells = new StringBuilder[columns];
		for (int k = 0; k < columns; k++) {
			cells[k] = new StringBuilder();
		}
		return cells;
	}

	private static Row row(PdfTables.Placed first, StringBuilder[] cells, float right) {
		List<String> texts = new ArrayList<>(cells.length);
		for (StringBuilder cell : cells) {
			texts.add(cell.toString().replace('\t', ' ').strip());
		}
		PdfLine line = first.line();
		return new Row(first,
				new PdfLine(String.join("\t", texts), line.left(), right, line.baseline(), line.em(), List.of()));
	}

}
