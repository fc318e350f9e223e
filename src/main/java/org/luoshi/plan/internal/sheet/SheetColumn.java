package org.luoshi.plan.internal.sheet;

import org.luoshi.common.Vocabulary;

/**
 * The columns of the division spreadsheet in the order they are written, each with its
 * header, its width in Excel character units and what it holds, for the 说明 sheet.
 */
@Vocabulary("the division sheet's column headers and the notes on them in its 说明 sheet: a document the offices exchange in Chinese and the importer reads back")
enum SheetColumn {

	CODE("序号", 10, false, "任务编号：章.节.序，直属于章的任务节号为 0，如 2.1.1、1.0.3"),
	CHAPTER("章", 28, true, "章的编号和标题，照通知原文，如“（二）促进率先实现农业现代化”"),
	SECTION("节", 28, true, "节的编号和标题，如“1.大力提高农业综合生产能力”；直属于章的任务留空"), TASK("任务", 70, true, "任务内容，照通知原文，不含括号里的责任分工"),
	LEAD("牵头单位", 18, true, "牵头的单位；没有牵头单位（如按职责分工负责）时留空；必须是“责任单位”中的一个"),
	RESPONSIBLE("责任单位", 40, true,
			"全部责任单位，按通知原文顺序，用“、”分隔；职责与“方式”不同的单位在名称后加全角冒号和职责，如“发展改革委：参与”；"
					+ "职责可为牵头、负责、按职责分工负责、参与、配合、指导；名单未列全（“等部门”）时以“等”结尾"),
	MODE("方式", 14, false, "分工方式：牵头、负责或按职责分工负责"), LINE("原文行号", 10, false, "任务在分工通知原文中的行号；新增的任务可留空");

	private final String header;

	private final int width;

	private final boolean wrapped;

	private final String meaning;

	SheetColumn(String header, int width, boolean wrapped, String meaning) {
		this.header = header;
		this.width = width;
		this.wrapped = wrapped;
		this.meaning = meaning;
	}

	String header() {
		return header;
	}

	int width() {
		return width;
	}

	boolean wrapped() {
		return wrapped;
	}

	String meaning() {
		return meaning;
	}

	/** The column as messages name it: its letter in the sheet and its header, D（任务）. */
	String at(int index) {
		return letter(index) + "（" + header + "）";
	}

	/** The column's letter as written by the export. */
	String at() {
		return at(ordinal());
	}

	static String letter(int index) {
		StringBuilder letters = new StringBuilder();
		for (int n = index + 1; n > 0; n = (n - 1) / 26) {
			letters.insert(0, (char) ('A' + (n - 1) % 26));
		}
		return letters.toString();
	}

}
