package org.luoshi.notice.internal.read;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.function.IntFunction;

/**
 * The rows of one division table in a PDF, from the positions of its text. The columns
 * are where the header puts them, their borders in the empty gaps the cells' text leaves
 * between them (a header centred in a wide column says little about where the column
 * starts). Where the table draws rules between its rows, the lines between two rules are
 * a row ({@link PdfRowBands}); otherwise a row starts at a line with text in the first
 * column (序号), and the lines below it with the first column empty carry its cells on (a
 * cell's text wrapped onto the next line, or onto the next page under the repeated
 * header). A line of one text across the columns is a row that names a group (一、产业发展).
 */
final class PdfTableRows {

	/** A row rebuilt as one line, cells separated by TAB, and the line it starts at. */
	record Row(PdfTables.Placed first, PdfLine line) {
	}

	private PdfTableRows() {
	}

	static List<Row> of(PdfTableHeader header, List<PdfTables.Placed> lines, IntFunction<List<PdfRulings.Rule>> rules) {
		List<PdfTableHeader.Column> columns = header.columns();
		float[] borders = borders(columns, lines);
		List<List<PdfTables.Placed>> groups = PdfRowBands.of(lines, rules, borders);
		if (groups == null) {
			groups = byFirstColumn(lines, borders);
		}
		List<Row> rows = new ArrayList<>(groups.size());
		for (List<PdfTables.Placed> group : groups) {
			rows.add(row(group, borders, columns.size()));
		}
		return rows;
	}

	private static List<List<PdfTables.Placed>> byFirstColumn(List<PdfTables.Placed> lines, float[] borders) {
		List<List<PdfTables.Placed>> groups = new ArrayList<>();
		List<PdfTables.Placed> current = null;
		for (PdfTables.Placed placed : lines) {
			if (namesGroup(placed.line(), borders)) {
				groups.add(List.of(placed));
				current = null;
				continue;
			}
			if (current == null || hasFirstColumn(placed.line(), borders)) {
				current = new ArrayList<>();
				groups.add(current);
			}
			current.add(placed);
		}
		return groups;
	}

	/** A line of one text reaching across a border: the name of a group of rows. */
	static boolean namesGroup(PdfLine line, float[] borders) {
		return line.runs().size() == 1 && crosses(line.runs().get(0), borders, line.em());
	}

	static boolean hasFirstColumn(PdfLine line, float[] borders) {
		for (PdfLine.Run run : line.runs()) {
			if (columnOf(run, borders) == 0) {
				return true;
			}
		}
		return false;
	}

	/** One row from its lines: each run to its column, a group's name to the first. */
	private static Row row(List<PdfTables.Placed> group, float[] borders, int columns) {
		StringBuilder[] cells = new StringBuilder[columns];
		for (int k = 0; k < columns; k++) {
			cells[k] = new StringBuilder();
		}
		boolean groupName = group.stream().allMatch(p -> namesGroup(p.line(), borders));
		float right = 0f;
		for (PdfTables.Placed placed : group) {
			for (PdfLine.Run run : placed.line().runs()) {
				StringBuilder cell = cells[groupName ? 0 : columnOf(run, borders)];
				String joined = WrappedLineJoiner.join(cell.toString(), run.text());
				cell.setLength(0);
				cell.append(joined);
			}
			right = Math.max(right, placed.line().right());
		}
		List<String> texts = new ArrayList<>(columns);
		for (StringBuilder cell : cells) {
			texts.add(cell.toString().replace('\t', ' ').strip());
		}
		PdfLine first = group.get(0).line();
		return new Row(group.get(0),
				new PdfLine(String.join("\t", texts), first.left(), right, first.baseline(), first.em(), List.of()));
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

	static int columnOf(PdfLine.Run run, float[] borders) {
		float centre = run.centre();
		int column = 0;
		while (column < borders.length && centre >= borders[column]) {
			column++;
		}
		return column;
	}

}
