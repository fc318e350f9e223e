package org.luoshi.plan.internal.sheet;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.luoshi.common.ComparedText;

/**
 * Finds the eight columns by their headers in row 1, wherever the office moved them; a
 * header that is missing, renamed or doubled is an error at the column where the export
 * put it.
 */
final class SheetHeader {

	private SheetHeader() {
	}

	/**
	 * Where each column stands, by {@link SheetColumn} ordinal, or null when row 1 does
	 * not hold every header exactly once (the problems say which).
	 */
	static int[] locate(SheetRow header, List<SheetError> problems) {
		SheetColumn[] expected = SheetColumn.values();
		int[] columns = new int[expected.length];
		Arrays.fill(columns, -1);
		if (header.cells().stream().map(ComparedText::of).noneMatch(SheetHeader::isHeader)) {
			problems.add(SheetError.at(header.number(), null, "not-a-header", headers()));
			return null;
		}
		boolean sound = true;
		for (SheetColumn column : expected) {
			List<Integer> found = new ArrayList<>();
			for (int i = 0; i < header.cells().size(); i++) {
				if (ComparedText.of(header.cell(i)).equals(column.header())) {
					found.add(i);
				}
			}
			if (found.size() == 1) {
				columns[column.ordinal()] = found.get(0);
				continue;
			}
			sound = false;
			if (found.isEmpty()) {
				String there = header.cell(column.ordinal()).strip();
				problems.add(there.isEmpty()
						? SheetError.at(header.number(), column.at(), "column-missing-empty", column.header(),
								SheetColumn.letter(column.ordinal()))
						: SheetError.at(header.number(), column.at(), "column-missing", column.header(),
								SheetColumn.letter(column.ordinal()), there));
			}
			else {
				problems.add(SheetError.at(header.number(), column.at(found.get(1)), "column-doubled", column.header(),
						found.size(), letters(found)));
			}
		}
		return sound ? columns : null;
	}

	/** The headers in their order, as the messages list them: 序号、章、节…. */
	static String headers() {
		return String.join(SheetWords.SEPARATOR, DivisionRow.HEADER.cells());
	}

	private static boolean isHeader(String cell) {
		return DivisionRow.HEADER.cells().contains(cell);
	}

	private static String letters(List<Integer> columns) {
		return String.join(SheetWords.SEPARATOR, columns.stream().map(SheetColumn::letter).toList());
	}

}
