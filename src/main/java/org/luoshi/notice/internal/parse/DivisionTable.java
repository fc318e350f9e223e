package org.luoshi.notice.internal.parse;

import java.util.ArrayList;
import java.util.List;

/**
 * Many offices send the division as a table (序号 | 类别 | 主要任务 | 牵头单位 | 责任单位 | 配合单位), which
 * arrives as rows of cells separated by TAB. Under a header the importer recognises, each
 * row is read as the paragraph a notice would have written — the task followed by its
 * clause (X牵头，Y负责，Z配合，完成时限：T) — and a change of category as a chapter heading, so that
 * the one grammar reads both forms. Lines that are not such rows pass unchanged.
 */
final class DivisionTable {

	/** A line of text with the source line it stands for. */
	record Line(int number, String text) {
	}

	private record Columns(int task, int lead, int responsible, int support, String supportWord, int category,
			int timeLimit, int width) {
	}

	private DivisionTable() {
	}

	/**
	 * @param lines the notice's paragraphs with their line numbers, blank lines left out
	 */
	static List<Line> read(List<Line> lines) {
		List<Line> out = new ArrayList<>(lines.size());
		Columns columns = null;
		String category = null;
		int categories = 0;
		int previous = 0;
		for (Line numbered : lines) {
			String line = numbered.text();
			int number = numbered.number();
			if (number > previous + 1) {
				// a blank line between ends a table
				columns = null;
			}
			previous = number;
			if (line.isBlank()) {
				// an empty row of cells: no paragraph, and the table goes on
				continue;
			}
			if (line.indexOf('\t') < 0) {
				columns = null;
				out.add(new Line(number, line));
				continue;
			}
			String[] cells = line.split("\t", -1);
			Columns header = header(cells);
			if (header != null) {
				columns = header;
				category = null;
				continue;
			}
			if (columns == null) {
				out.add(new Line(number, line));
				continue;
			}
			String task = cell(cells, columns.task());
			if (columns.category() >= 0 && !cell(cells, columns.category()).isEmpty()
					&& !cell(cells, columns.category()).equals(category)) {
				category = cell(cells, columns.category());
				categories++;
				out.add(new Line(number, "（" + ChineseNumerals.write(categories) + "）" + category));
			}
			if (task.isEmpty()) {
				// a row that only names a group (一、约束性指标) is a heading of its own
				String first = firstNonEmpty(cells);
				if (!first.isEmpty() && !first.equals(category)) {
					out.add(new Line(number, first));
				}
				continue;
			}
			out.add(new Line(number, task + clause(cells, columns)));
		}
		return out;
	}

	private static String clause(String[] cells, Columns columns) {
		List<String> parts = new ArrayList<>();
		String lead = cell(cells, columns.lead());
		String responsible = cell(cells, columns.responsible());
		String support = cell(cells, columns.support());
		String timeLimit = cell(cells, columns.timeLimit());
		if (!lead.isEmpty()) {
			parts.add(lead + "牵头");
		}
		if (!responsible.isEmpty()) {
			parts.add(responsible + "负责");
		}
		if (!support.isEmpty()) {
			parts.add(support + columns.supportWord());
		}
		if (!parts.isEmpty() && !timeLimit.isEmpty()) {
			parts.add("完成时限：" + timeLimit);
		}
		return parts.isEmpty() ? "" : "（" + String.join("，", parts) + "）";
	}

	private static Columns header(String[] cells) {
		int task = -1;
		int lead = -1;
		int responsible = -1;
		int support = -1;
		int category = -1;
		int timeLimit = -1;
		String supportWord = "配合";
		for (int i = 0; i < cells.length; i++) {
			String c = Normalized.compare(cells[i]);
			if (c.isEmpty() || c.length() > 12) {
				continue;
			}
			if (c.contains("时限") || c.contains("完成时间") || c.contains("时间节点") || c.contains("进度安排")) {
				timeLimit = i;
			}
			else if (c.contains("牵头")) {
				lead = i;
			}
			else if (c.contains("责任") || c.contains("负责") || c.contains("主责")) {
				responsible = i;
			}
			else if (c.contains("配合") || c.contains("协办") || c.contains("协助") || c.contains("参与")) {
				support = i;
				supportWord = c.contains("参与") ? "参与" : "配合";
			}
			else if (c.contains("类别") || c.contains("领域") || c.contains("分类") || c.contains("板块") || c.contains("章节")) {
				category = i;
			}
			else if (task < 0 && (c.contains("任务") || c.contains("目标") || c.contains("内容") || c.contains("事项")
					|| c.contains("指标") || c.contains("举措") || c.contains("措施")) && !c.contains("时限")
					&& !c.contains("时间")) {
				task = i;
			}
		}
		if (task < 0 || (lead < 0 && responsible < 0)) {
			return null;
		}
		return new Columns(task, lead, responsible, support, supportWord, category, timeLimit, cells.length);
	}

	private static String cell(String[] cells, int index) {
		return index < 0 || index >= cells.length ? "" : cells[index].strip();
	}

	private static String firstNonEmpty(String[] cells) {
		for (String cell : cells) {
			if (!cell.isBlank()) {
				return cell.strip();
			}
		}
		return "";
	}

}
