package org.luoshi.notice;

import java.util.ArrayList;
import java.util.List;

/**
 * A division notice built from the grammar of DESIGN.md for property tests: it renders
 * itself as a notice would be written, in one of several house styles, and knows the
 * structure the importer must read back.
 */
record GeneratedNotice(List<Chapter> chapters, Style style) {

	/** How responsibility is worded in a clause. */
	enum Form {

		LEAD, RESPONSIBLE, BY_DUTY, LEAD_WITH_PARTICIPANTS, LEAD_WITH_SUPPORT, LEAD_WITH_OTHERS_BY_DUTY

	}

	/** House style: the things that vary between governments and typists. */
	record Style(boolean wrappedInParts, boolean leadRuleInPreamble, boolean fullWidthDigits, String sectionSeparator,
			boolean halfWidthBrackets, boolean spaceBeforeClause, boolean headingFullStop, boolean indent) {
	}

	record Task(String text, List<String> organisations, Form form, boolean openEnded, boolean sharesParagraph) {

		/**
		 * The names a reader must find: 等 lists never end in a name that is not there.
		 */
		String expectedLead(boolean leadRule) {
			return switch (form) {
				case BY_DUTY -> null;
				case RESPONSIBLE -> leadRule || organisations.size() == 1 ? organisations.get(0) : null;
				default -> organisations.get(0);
			};
		}

		ResponsibilityMode expectedMode() {
			return switch (form) {
				case RESPONSIBLE -> ResponsibilityMode.RESPONSIBLE;
				case BY_DUTY -> ResponsibilityMode.BY_DUTY;
				default -> ResponsibilityMode.LEAD;
			};
		}

	}

	record Section(String title, List<Task> tasks) {
	}

	record Chapter(String title, List<Task> tasks, List<Section> sections) {
	}

	String render() {
		List<String> lines = new ArrayList<>();
		lines.add("各市（州）人民政府，省政府各厅委办、各直属机构：");
		String rule = style.leadRuleInPreamble() ? "各项任务中列第一位者为牵头单位，其他单位按职责分工负责。" : "";
		lines.add(indent() + "现将《某省国民经济和社会发展第十三个五年规划纲要》主要目标和任务分工印发给你们，请认真贯彻落实。" + rule);
		if (style.wrappedInParts()) {
			lines.add(indent() + "一、分工原则");
			lines.add(indent() + "（一）突出重点。重点分解政府职责范围内的目标任务。");
			lines.add(indent() + "二、主要目标和任务分工");
		}
		int c = 0;
		for (Chapter chapter : chapters) {
			c++;
			lines.add(indent() + open() + ChineseNumber.of(c) + close() + chapter.title() + stop());
			paragraphs(chapter.tasks(), lines);
			int s = 0;
			for (Section section : chapter.sections()) {
				s++;
				lines.add(indent() + digits(s) + style.sectionSeparator() + section.title() + stop());
				paragraphs(section.tasks(), lines);
			}
		}
		if (style.wrappedInParts()) {
			lines.add(indent() + "三、工作要求");
			lines.add(indent() + "各有关部门要于每年3月底前将上年度进展情况报送省政府。");
		}
		else {
			lines.add(indent() + open() + ChineseNumber.of(c + 1) + close() + "工作要求" + stop());
			lines.add(indent() + "各有关部门要于每年3月底前将上年度进展情况报送省政府。");
		}
		lines.add("二○一六年七月一日");
		StringBuilder out = new StringBuilder();
		for (String line : lines) {
			out.append(line).append("\n\n");
		}
		return out.toString();
	}

	private void paragraphs(List<Task> tasks, List<String> lines) {
		StringBuilder paragraph = null;
		for (Task task : tasks) {
			String written = task.text() + (style.spaceBeforeClause() ? " " : "") + clause(task);
			if (paragraph != null && task.sharesParagraph()) {
				paragraph.append(written);
				continue;
			}
			if (paragraph != null) {
				lines.add(paragraph.toString());
			}
			paragraph = new StringBuilder(indent()).append(written);
		}
		if (paragraph != null) {
			lines.add(paragraph.toString());
		}
	}

	String clause(Task task) {
		List<String> orgs = task.organisations();
		String others = orgs.size() > 1 ? list(orgs.subList(1, orgs.size())) : "";
		String body = switch (task.form()) {
			case LEAD -> orgs.get(0) + "牵头";
			case RESPONSIBLE -> list(orgs) + (task.openEnded() ? "等部门" : "") + "负责";
			case BY_DUTY -> list(orgs) + (task.openEnded() ? "等部门" : "") + "按职责分工负责";
			case LEAD_WITH_PARTICIPANTS -> orgs.get(0) + "牵头，" + others + "参与";
			case LEAD_WITH_SUPPORT -> orgs.get(0) + "牵头，" + others + "配合";
			case LEAD_WITH_OTHERS_BY_DUTY -> orgs.get(0) + "牵头，" + others + (task.openEnded() ? "等" : "") + "按职责分工负责";
		};
		return open() + body + close();
	}

	/**
	 * Names joined as typists do: 、 between departments, 和 before trailing city
	 * governments that share 政府.
	 */
	static String list(List<String> names) {
		int cities = 0;
		for (int i = names.size() - 1; i >= 0 && names.get(i).endsWith("市政府"); i--) {
			cities++;
		}
		if (cities < 2) {
			return String.join("、", names);
		}
		List<String> places = names.subList(names.size() - cities, names.size())
			.stream()
			.map(n -> n.substring(0, n.length() - 2))
			.toList();
		String shared = String.join("、", places) + "政府";
		List<String> departments = names.subList(0, names.size() - cities);
		return departments.isEmpty() ? shared : String.join("、", departments) + "和" + shared;
	}

	private String indent() {
		return style.indent() ? "　　" : "";
	}

	private String open() {
		return style.halfWidthBrackets() ? "(" : "（";
	}

	private String close() {
		return style.halfWidthBrackets() ? ")" : "）";
	}

	private String stop() {
		return style.headingFullStop() ? "。" : "";
	}

	private String digits(int n) {
		String ascii = Integer.toString(n);
		if (!style.fullWidthDigits()) {
			return ascii;
		}
		StringBuilder out = new StringBuilder();
		ascii.chars().forEach(ch -> out.append((char) (ch - '0' + '０')));
		return out.toString();
	}

	/** 1 → 一, 13 → 十三. */
	static final class ChineseNumber {

		private static final String DIGITS = "零一二三四五六七八九";

		private ChineseNumber() {
		}

		static String of(int n) {
			if (n < 10) {
				return String.valueOf(DIGITS.charAt(n));
			}
			String tens = n / 10 == 1 ? "十" : DIGITS.charAt(n / 10) + "十";
			return n % 10 == 0 ? tens : tens + DIGITS.charAt(n % 10);
		}

	}

}
