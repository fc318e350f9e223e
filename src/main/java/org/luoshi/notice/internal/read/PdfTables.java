package org.luoshi.notice.internal.read;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.IntFunction;

/**
 * Division tables in a PDF (附件：重点任务分工表), the common way such notices travel: under a
 * header the importer recognises ({@link PdfTableHeader}), the lines down to where prose
 * resumes are the table's, across pages too, with the header repeated at the top of a
 * page skipped. {@link PdfTableRows} turns them into rows of cells separated by TAB, as a
 * Word table's rows arrive, each row standing where its first line stood.
 */
final class PdfTables {

	/** A gap wider than this, in characters, between two lines ends a table. */
	private static final float MAX_GAP_EMS = 3f;

	/** A run longer than this that spans two columns is prose, not a group row. */
	private static final int MAX_GROUP_ROW_LENGTH = 15;

	private PdfTables() {
	}

	/** A line of a page: where it stands and what it says. */
	record Placed(int page, int index, PdfLine line) {
	}

	/** A table's header, where it stands, and the table's lines in reading order. */
	record Found(PdfTableHeader header, Placed at, List<Placed> lines) {
	}

	/**
	 * The pages with each table's lines replaced by its rows.
	 * @param pages the lines of each page, page numbers removed
	 * @param rules the horizontal rules drawn on a page, by its index
	 * @return the same pages, a table's header and lines gone and its rows in their place
	 */
	static List<List<PdfLine>> rebuild(List<List<PdfLine>> pages, IntFunction<List<PdfRulings.Rule>> rules) {
		List<Found> tables = new ArrayList<>();
		boolean[][] taken = new boolean[pages.size()][];
		for (int p = 0; p < pages.size(); p++) {
			taken[p] = new boolean[pages.get(p).size()];
		}
		find(pages, tables, taken);
		if (tables.isEmpty()) {
			return pages;
		}
		Map<Long, PdfLine> rows = new HashMap<>();
		for (Found table : tables) {
			// the header stays, as a row, for the importer to know the columns by
			rows.put(key(table.at().page(), table.at().index()), table.header().row(table.at().line()));
			for (PdfTableRows.Row row : PdfTableRows.of(table.header(), table.lines(), rules)) {
				rows.put(key(row.first().page(), row.first().index()), row.line());
			}
		}
		List<List<PdfLine>> out = new ArrayList<>(pages.size());
		for (int p = 0; p < pages.size(); p++) {
			List<PdfLine> page = new ArrayList<>();
			for (int i = 0; i < pages.get(p).size(); i++) {
				PdfLine row = rows.get(key(p, i));
				if (row != null) {
					page.add(row);
				}
				else if (!taken[p][i]) {
					page.add(pages.get(p).get(i));
				}
			}
			out.add(page);
		}
		return out;
	}

	private static void find(List<List<PdfLine>> pages, List<Found> tables, boolean[][] taken) {
		Found open = null;
		for (int p = 0; p < pages.size(); p++) {
			List<PdfLine> lines = pages.get(p);
			PdfLine previous = null;
			int i = 0;
			while (i < lines.size()) {
				PdfLine line = lines.get(i);
				if (open != null) {
					PdfTableHeader again = previous == null ? PdfTableHeader.at(lines, i) : null;
					if (again != null && again.sameAs(open.header())) {
						// the header repeated at the top of a page
						i = take(taken[p], i, again.lines());
						previous = lines.get(i - 1);
						continue;
					}
					// a page that starts with another header starts another table
					if (again == null && (previous == null ? continuesOnNewPage(line, open.header())
							: belongs(line, previous, open.header()))) {
						open.lines().add(new Placed(p, i, line));
						taken[p][i] = true;
						previous = line;
						i++;
						continue;
					}
					open = null;
				}
				PdfTableHeader header = PdfTableHeader.at(lines, i);
				if (header != null) {
					open = new Found(header, new Placed(p, i, line), new ArrayList<>());
					tables.add(open);
					i = take(taken[p], i, header.lines());
					previous = lines.get(i - 1);
					continue;
				}
				previous = line;
				i++;
			}
		}
	}

	private static int take(boolean[] taken, int from, int count) {
		for (int k = 0; k < count; k++) {
			taken[from + k] = true;
		}
		return from + count;
	}

	/**
	 * A line under the previous one, close enough, with no prose running across columns.
	 */
	private static boolean belongs(PdfLine line, PdfLine previous, PdfTableHeader header) {
		return line.baseline() - previous.baseline() <= MAX_GAP_EMS * line.em() && !hasProse(line, header);
	}

	/**
	 * The first line of a page whose header is not repeated goes on with the table only
	 * if it is plainly cells: several runs, or one inside a column right of the first.
	 */
	private static boolean continuesOnNewPage(PdfLine line, PdfTableHeader header) {
		if (hasProse(line, header)) {
			return false;
		}
		List<PdfTableHeader.Column> columns = header.columns();
		float firstColumnEnd = (columns.get(0).right() + columns.get(1).left()) / 2f;
		return line.runs().size() > 1 || line.left() > firstColumnEnd;
	}

	/** A long run across two column centres: a paragraph of text, not a cell. */
	private static boolean hasProse(PdfLine line, PdfTableHeader header) {
		for (PdfLine.Run run : line.runs()) {
			if (run.text().length() > MAX_GROUP_ROW_LENGTH && PdfTableRows.spans(run, header.columns())) {
				return true;
			}
		}
		return false;
	}

	private static long key(int page, int index) {
		return ((long) page << 32) | index;
	}

}
