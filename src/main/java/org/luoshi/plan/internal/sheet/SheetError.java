package org.luoshi.plan.internal.sheet;

/**
 * One problem in an uploaded division spreadsheet, where an office can find it.
 *
 * @param row the 1-based row as Excel numbers it; 0 when the problem concerns the whole
 * file
 * @param column the column's letter and header, e.g. D（任务）; null when the problem
 * concerns the whole row or file
 * @param message what is wrong and what is expected, in Chinese
 */
public record SheetError(int row, String column, String message) {

	static SheetError ofFile(String message) {
		return new SheetError(0, null, message);
	}

	/** The problem in one line: 第 3 行 D（任务）：任务内容为空. */
	public String describe() {
		if (row <= 0) {
			return message;
		}
		return "第 " + row + " 行" + (column == null ? "" : " " + column) + "：" + message;
	}

}
