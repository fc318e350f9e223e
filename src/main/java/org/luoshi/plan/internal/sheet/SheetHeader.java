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
			problems.add(new SheetError(header.number(), null,
					"这一行不是分工表的表头；第 1 行应依次为 " + String.join("、", DivisionRow.HEADER.cells()) + "；请上传从本系统导出、修改后保存的分工表"));
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
				problems.add(new SheetError(header.number(), column.at(),
						"缺少“" + column.header() + "”列：第 1 行 " + SheetColumn.letter(column.ordinal()) + " 列的列名"
								+ (there.isEmpty() ? "为空" : "是“" + there + "”") + "，应为“" + column.header()
								+ "”；请勿修改、删除表头中的列名"));
			}
			else {
				problems.add(new SheetError(header.number(), column.at(found.get(1)),
						"列名“" + column.header() + "”出现了 " + found.size() + " 次（" + letters(found) + " 列）；每列只能有一个"));
			}
		}
		return sound ? columns : null;
	}

	private static boolean isHeader(String cell) {
		return DivisionRow.HEADER.cells().contains(cell);
	}

	private static String letters(List<Integer> columns) {
		return String.join("、", columns.stream().map(SheetColumn::letter).toList());
	}

}
