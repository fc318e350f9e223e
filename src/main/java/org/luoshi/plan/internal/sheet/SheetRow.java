package org.luoshi.plan.internal.sheet;

import java.util.List;
import java.util.regex.Pattern;

/**
 * One row of an uploaded sheet as read: its Excel row number and its cells' text from
 * column A on, empty where a cell is empty.
 */
record SheetRow(int number, List<String> cells) {

	private static final Pattern LINE_BREAKS = Pattern.compile("[\\t\\r\\n]+");

	SheetRow {
		cells = List.copyOf(cells);
	}

	String cell(int column) {
		return column < cells.size() ? cells.get(column) : "";
	}

	boolean isBlank() {
		return cells.stream().allMatch(String::isBlank);
	}

	/**
	 * The row as a line of the stored text: the cells joined by TAB, each on one line.
	 */
	String line() {
		int last = cells.size();
		while (last > 0 && cells.get(last - 1).isEmpty()) {
			last--;
		}
		StringBuilder line = new StringBuilder();
		for (int i = 0; i < last; i++) {
			if (i > 0) {
				line.append('\t');
			}
			line.append(LINE_BREAKS.matcher(cells.get(i)).replaceAll(" "));
		}
		return line.toString();
	}

}
