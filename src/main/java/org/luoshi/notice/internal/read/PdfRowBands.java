package org.luoshi.notice.internal.read;

import java.util.ArrayList;
import java.util.List;
import java.util.function.IntFunction;

/**
 * A table's rows from the rules drawn between them: the lines between two rules are one
 * row, however its cells are aligned (a number centred beside a task of three lines, a
 * lead organisation at the row's foot). A row broken across pages goes on in the first
 * band of the next page when nothing stands in its first column. Tables without such
 * rules are left to the first column.
 */
final class PdfRowBands {

	private PdfRowBands() {
	}

	/**
	 * The lines grouped by row, or null when the rules do not set the rows apart: fewer
	 * than two across the table on its first page, none on a later page, or fewer bands
	 * than rows that show a number in the first column.
	 */
	static List<List<PdfTables.Placed>> of(List<PdfTables.Placed> lines, IntFunction<List<PdfRulings.Rule>> rules,
			float[] borders) {
		if (lines.isEmpty()) {
			return null;
		}
		float left = Float.MAX_VALUE;
		float right = -Float.MAX_VALUE;
		for (PdfTables.Placed placed : lines) {
			left = Math.min(left, placed.line().left());
			right = Math.max(right, placed.line().right());
		}
		List<List<PdfTables.Placed>> bands = new ArrayList<>();
		int page = -1;
		float[] across = null;
		int band = -1;
		for (PdfTables.Placed placed : lines) {
			if (placed.page() != page) {
				across = across(rules.apply(placed.page()), left, right);
				if (across.length < (page < 0 ? 2 : 1)) {
					return null;
				}
				page = placed.page();
				band = -1;
			}
			int at = above(across, placed.line().baseline());
			if (at != band || bands.isEmpty()) {
				bands.add(new ArrayList<>());
				band = at;
			}
			bands.get(bands.size() - 1).add(placed);
		}
		List<List<PdfTables.Placed>> rows = new ArrayList<>(bands.size());
		for (List<PdfTables.Placed> next : bands) {
			List<PdfTables.Placed> previous = rows.isEmpty() ? null : rows.get(rows.size() - 1);
			if (previous != null && previous.get(previous.size() - 1).page() != next.get(0).page()
					&& next.stream()
						.noneMatch(p -> PdfTableRows.hasFirstColumn(p.line(), borders)
								|| PdfTableRows.namesGroup(p.line(), borders))) {
				// the rest of a row the page broke
				previous.addAll(next);
			}
			else {
				rows.add(next);
			}
		}
		long numbered = lines.stream().filter(p -> PdfTableRows.hasFirstColumn(p.line(), borders)).count();
		return rows.size() < numbered ? null : rows;
	}

	/**
	 * The heights of the rules that run across at least half the table: borders between
	 * rows, not a merged column's.
	 */
	private static float[] across(List<PdfRulings.Rule> rules, float left, float right) {
		float[] ys = new float[rules.size()];
		int count = 0;
		for (PdfRulings.Rule rule : rules) {
			if (Math.min(right, rule.right()) - Math.max(left, rule.left()) >= (right - left) / 2f) {
				ys[count++] = rule.y();
			}
		}
		return java.util.Arrays.copyOf(ys, count);
	}

	/** How many of the rules (top to bottom) stand above a baseline. */
	private static int above(float[] ys, float baseline) {
		int count = 0;
		while (count < ys.length && ys[count] < baseline) {
			count++;
		}
		return count;
	}

}
