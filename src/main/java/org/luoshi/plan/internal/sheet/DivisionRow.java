package org.luoshi.plan.internal.sheet;

import java.util.List;

/**
 * One row of the division spreadsheet as text, in column order: a task, or the heading of
 * a chapter or section that has no tasks (only 章 and 节 filled).
 */
record DivisionRow(String code, String chapter, String section, String task, String lead, String responsible,
		String mode, String line) {

	static final DivisionRow HEADER = new DivisionRow(SheetColumn.CODE.header(), SheetColumn.CHAPTER.header(),
			SheetColumn.SECTION.header(), SheetColumn.TASK.header(), SheetColumn.LEAD.header(),
			SheetColumn.RESPONSIBLE.header(), SheetColumn.MODE.header(), SheetColumn.LINE.header());

	static DivisionRow heading(String chapter, String section) {
		return new DivisionRow("", chapter, section, "", "", "", "", "");
	}

	/** The cells in the order of {@link SheetColumn}. */
	List<String> cells() {
		return List.of(code, chapter, section, task, lead, responsible, mode, line);
	}

}
