package org.luoshi.notice.internal.parse;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.luoshi.common.Vocabulary;

/**
 * Many offices send the division as a table (序号 | 类别 | 主要任务 | 牵头单位 | 责任单位 | 配合单位), which
 * arrives as rows of cells separated by TAB. Under a header the importer recognises, each
 * row is read as the paragraph a notice would have written — the task followed by its
 * clause (X牵头，Y负责，Z配合，完成时限：T) — and a change of category as a chapter heading, so that
 * the one grammar reads both forms. Lines that are not such rows pass unchanged.
 */
@Vocabulary("the headers, role words and target words of the division tables notices send, read by the parser and written back into the task's clause and text as the notice has them (完成时限：, （约束性）)")
final class DivisionTable {

	/** A line of text with the source line it stands for. */
	record Line(int number, String text) {
	}

	private record Columns(int task, int lead, int responsible, int support, String supportWord, int category,
			int timeLimit, Figures figures, int width) {
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
				if (!header.equals(columns)) {
					// the same header again (on every page of a PDF) goes on with the
					// table
					category = null;
				}
				columns = header;
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
			out.add(new Line(number, columns.figures().target(task, cells) + clause(cells, columns)));
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
		int target = -1;
		int targetYear = -1;
		int yearColumn = -1;
		int unit = -1;
		int attribute = -1;
		String supportWord = "配合";
		for (int i = 0; i < cells.length; i++) {
			String c = Normalized.compare(cells[i]);
			if (c.isEmpty() || c.length() > 12) {
				continue;
			}
			Matcher year = YEAR_COLUMN.matcher(c);
			if (c.contains("时限") || c.contains("完成时间") || c.contains("时间节点") || c.contains("进度安排")) {
				timeLimit = i;
			}
			else if (c.contains("目标值") || c.contains("规划目标") || c.contains("期末值") || c.equals("目标")) {
				target = i;
			}
			else if (year.matches() && Integer.parseInt(year.group(1)) > targetYear) {
				// 2020年 | 2025年: the last year is the target
				targetYear = Integer.parseInt(year.group(1));
				yearColumn = i;
			}
			else if (c.equals("单位") || c.equals("计量单位")) {
				unit = i;
			}
			else if (c.contains("属性") || c.equals("指标类型") || c.equals("指标性质") || c.equals("类型")) {
				attribute = i;
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
		return new Columns(task, lead, responsible, support, supportWord, category, timeLimit,
				new Figures(target >= 0 ? target : yearColumn, unit, attribute), cells.length);
	}

	private static final Pattern YEAR_COLUMN = Pattern.compile("((?:19|20)\\d{2})年?(?:目标|目标值|规划目标)?");

	/**
	 * The columns of an indicator table (指标 | 2020年 | 2025年 | 属性): a row's target is
	 * written into its task the way a notice's text states one (单位地区生产总值能源消耗降低13.5%), and
	 * its attribute marks it binding, so that the importer reads the indicator.
	 */
	private record Figures(int target, int unit, int attribute) {

		private static final Pattern UNIT_IN_NAME = Pattern.compile("^(.+?)\\s*[（(]([^（）()]{1,8})[）)]$");

		private static final Pattern NUMBER_FIRST = Pattern.compile("^([0-9０-９.．]+)([^0-9０-９.．].*)$");

		private static final String[] VERBS = { "保持", "稳定", "控制", "达到", "降低", "下降", "减少", "增长", "提高", "增加", "累计", "不低于",
				"不超过", "超过", "突破" };

		String target(String task, String[] cells) {
			// 〔13.5〕 in a plan's table is a five-year total; the figure is the same
			String figure = cell(cells, this.target).replaceAll("[\\[\\]〔〕【】]", "");
			String bare = Normalized.compare(figure).replaceAll("^[<>≤≥=]+", "");
			if (bare.isEmpty() || !Character.isDigit(bare.charAt(0))) {
				return task;
			}
			String name = task;
			String unit = cell(cells, this.unit);
			Matcher inName = UNIT_IN_NAME.matcher(task);
			if (inName.matches()) {
				name = inName.group(1);
				unit = unit.isEmpty() ? inName.group(2) : unit;
			}
			String compared = Normalized.compare(figure);
			String verb = "";
			String qualifier = "";
			if (compared.startsWith("<") || compared.startsWith("≤") || compared.startsWith("<=")) {
				verb = "控制在";
				qualifier = "以内";
				figure = figure.replaceAll("^[<>≤≥＜＞=]+", "");
			}
			else if (compared.startsWith(">") || compared.startsWith("≥")) {
				verb = "达到";
				qualifier = "以上";
				figure = figure.replaceAll("^[<>≤≥＜＞=]+", "");
			}
			else if (!hasVerb(name)) {
				verb = "达到";
			}
			// 6左右: the words after the number follow the unit
			Matcher number = NUMBER_FIRST.matcher(figure);
			if (number.matches() && qualifier.isEmpty()) {
				figure = number.group(1);
				qualifier = number.group(2);
			}
			String attribute = cell(cells, this.attribute);
			return name + verb + figure
					+ ("%".equals(Normalized.compare(unit)) || unit.isEmpty() ? Normalized.compare(unit) : unit)
					+ qualifier + (Normalized.compare(attribute).contains("约束") ? "（约束性）" : "") + "。";
		}

		private static boolean hasVerb(String name) {
			for (String verb : VERBS) {
				if (name.endsWith(verb) || name.contains(verb)) {
					return true;
				}
			}
			return false;
		}

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
