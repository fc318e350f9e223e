package org.luoshi.notice.internal.parse;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.luoshi.common.Vocabulary;
import org.luoshi.notice.PlanOutline;

/**
 * Reads what frames the division itself: the notice's title and document number, the
 * addressees, the plan it divides and its period, and the issuer and date from the
 * closing lines.
 */
@Vocabulary("the wording of a notice's title, document number, date, plan and issuer (印发, 规划纲要, 国务院), which the parser reads")
final class HeaderReader {

	private static final Pattern DATE = Pattern
		.compile("([〇○零O0-9一二三四五六七八九]{4})年([0-9一二三四五六七八九十]{1,3})月([0-9一二三四五六七八九十]{1,3})日");

	private static final Pattern DOCUMENT_NUMBER = Pattern.compile("\\p{IsHan}{1,12}[〔\\[(【]\\d{4}[〕\\])】]\\d{1,4}号");

	private static final Pattern PLAN_TITLE = Pattern.compile("《([^《》]{2,80}?(?:规划纲要|规划|纲要|计划|方案))》");

	private static final Pattern ISSUED_TITLE = Pattern.compile("(?:关于)?印发[《]?([^《》]{4,80}?)[》]?的(?:通知|意见)");

	private static final Pattern SHORT_TITLE = Pattern.compile("以下简称[:：]?([《“\"]?[^》”\")]{1,12}[》”\"]?)");

	private static final Pattern YEARLY_TITLE = Pattern
		.compile("《([^《》]{0,30}?(?:政府工作报告|工作要点|重点工作|年度计划|国民经济和社会发展计划))》");

	private static final Pattern YEAR_IN_TEXT = Pattern.compile("((?:19|20)\\d{2})年");

	/** How the name of an organisation or a group of them ends. */
	private static final Pattern ADDRESSEE_ENDING = Pattern
		.compile("(?:政府|机构|部门|单位|委|办|局|厅|部|院|会|公司|集团|署|行|所|室|处|中心|团体|组织|机关|党委|党组|公署|管委会|企业|学校|高校|团)$");

	private static final Pattern FIVE_YEAR_ORDINAL = Pattern.compile("第([一二三四五六七八九十]{1,3})个五年");

	private static final Pattern FIVE_YEAR_SHORT = Pattern.compile("[“\"]?十([一二三四五六七八九]?)五[”\"]?(?:规划|时期|期间|期末|末)");

	private static final Pattern YEAR_SPAN = Pattern.compile("(\\d{4})\\s*[-—–~至到]\\s*(\\d{4})年");

	private static final Pattern ISSUER_LINE = Pattern
		.compile("^[\\p{IsHan}（）()]{0,30}(?:人民政府|政府|国务院|委员会|办公厅|办公室|管委会|委|厅|局|部)$");

	private static final Pattern REGION_PREFIX = Pattern.compile("^(.{2,10}?(?:省|自治区|自治州|市|州|县|区|盟|旗))");

	private HeaderReader() {
	}

	/** The notice's own title (…关于印发…的通知), within its first lines. */
	static String title(List<Paragraph> paragraphs) {
		for (Paragraph p : head(paragraphs)) {
			String t = p.compared();
			if (t.contains("关于") && t.matches(".*(通知|意见|方案|决定|安排)$") && !t.endsWith(":")) {
				return p.text.original().strip();
			}
		}
		return null;
	}

	static String documentNumber(List<Paragraph> paragraphs) {
		for (Paragraph p : head(paragraphs)) {
			Matcher m = DOCUMENT_NUMBER.matcher(p.text.original().replaceAll("\\s", ""));
			if (m.find()) {
				return m.group();
			}
		}
		return null;
	}

	/** The addressee line (各市（州）人民政府，…：) split into its addressees. */
	static List<String> addressees(List<Paragraph> paragraphs) {
		for (Paragraph p : head(paragraphs)) {
			String original = p.text.original().strip();
			String compared = p.compared();
			if ((compared.endsWith(":")) && compared.length() < 200 && p.marker == null && !p.hasClauses()) {
				List<String> out = new ArrayList<>();
				String list = original.substring(0, original.length() - 1);
				for (String group : list.split("[，,；;]")) {
					List<String> names = new ArrayList<>();
					boolean sharedEnding = false;
					for (String part : group.split("、")) {
						String name = part.replaceAll("[\\s\\u3000]", "");
						if (!name.isEmpty()) {
							names.add(name);
							sharedEnding |= !ADDRESSEE_ENDING.matcher(name).find();
						}
					}
					if (sharedEnding && names.size() > 1) {
						// 各省、自治区、直辖市人民政府: the items share the last one's ending and are
						// one
						// addressee
						out.add(String.join("、", names));
					}
					else {
						out.addAll(names);
					}
				}
				return out;
			}
		}
		return List.of();
	}

	static PlanOutline plan(List<Paragraph> paragraphs, LocalDate issued) {
		String title = null;
		String shortTitle = null;
		for (Paragraph p : paragraphs) {
			Matcher m = PLAN_TITLE.matcher(p.compared());
			while (title == null && m.find()) {
				if (m.group(1).contains("规划") || m.group(1).contains("纲要")) {
					title = originalTitle(p, outlineOnly(m.group(1)));
				}
			}
			if (title != null) {
				Matcher s = SHORT_TITLE.matcher(p.compared());
				if (s.find()) {
					shortTitle = s.group(1);
				}
				break;
			}
		}
		if (title == null) {
			// no 《》: the notice's own title (关于印发…规划纲要…分工方案的通知) names the plan
			for (Paragraph p : head(paragraphs)) {
				Matcher m = ISSUED_TITLE.matcher(p.compared());
				if (m.find() && (m.group(1).contains("规划") || m.group(1).contains("纲要"))) {
					title = outlineOnly(m.group(1));
					break;
				}
			}
		}
		if (title == null) {
			return yearlyWork(paragraphs, issued);
		}
		Integer[] period = period(title, paragraphs);
		return new PlanOutline(title, shortTitle, period[0], period[1]);
	}

	/**
	 * A division of a yearly programme — the government work report, the year's key tasks
	 * — rather than of a five-year plan: the programme is the plan, its year the period
	 * (the year it names, else the year of issue).
	 */
	private static PlanOutline yearlyWork(List<Paragraph> paragraphs, LocalDate issued) {
		for (Paragraph p : head(paragraphs)) {
			Matcher m = YEARLY_TITLE.matcher(p.compared());
			if (m.find()) {
				String title = originalTitle(p, m.group(1));
				Matcher year = YEAR_IN_TEXT.matcher(m.group(1));
				Integer y = year.find() ? Integer.valueOf(year.group(1)) : issued == null ? null : issued.getYear();
				return new PlanOutline(title, null, y, y);
			}
		}
		Integer[] period = period(null, paragraphs);
		return new PlanOutline(null, null, period[0], period[1]);
	}

	/**
	 * 《…规划纲要主要目标和任务分工方案》 names the division, not the plan: the plan's title ends with its
	 * outline (规划纲要, 纲要, 规划).
	 */
	static String outlineOnly(String title) {
		for (String end : new String[] { "规划纲要", "远景目标纲要", "纲要" }) {
			int at = title.lastIndexOf(end);
			if (at > 0) {
				return title.substring(0, at + end.length());
			}
		}
		int plan = title.lastIndexOf("规划");
		return plan > 0 && (title.endsWith("方案") || title.endsWith("分工")) ? title.substring(0, plan + 2) : title;
	}

	/** The plan's title as the notice writes it, white space removed. */
	private static String originalTitle(Paragraph p, String compared) {
		String original = p.text.original().replaceAll("[\\s\\u3000]", "");
		int at = Normalized.compare(original).indexOf(compared);
		return at >= 0 && at + compared.length() <= original.length()
				&& Normalized.compare(original.substring(at, at + compared.length())).equals(compared)
						? original.substring(at, at + compared.length()) : compared;
	}

	private static Integer[] period(String title, List<Paragraph> paragraphs) {
		List<String> texts = new ArrayList<>();
		if (title != null) {
			texts.add(Normalized.compare(title));
		}
		for (Paragraph p : head(paragraphs)) {
			texts.add(p.compared());
		}
		for (String text : texts) {
			Matcher span = YEAR_SPAN.matcher(text);
			if (span.find()) {
				int from = Integer.parseInt(span.group(1));
				int to = Integer.parseInt(span.group(2));
				if (to > from && to - from <= 15) {
					return new Integer[] { from, to };
				}
			}
			Matcher ordinal = FIVE_YEAR_ORDINAL.matcher(text);
			if (ordinal.find()) {
				return fiveYearPlan(ChineseNumerals.value(ordinal.group(1)));
			}
			Matcher shortForm = FIVE_YEAR_SHORT.matcher(text);
			if (shortForm.find()) {
				String unit = shortForm.group(1);
				return fiveYearPlan(10 + (unit.isEmpty() ? 0 : ChineseNumerals.value(unit)));
			}
		}
		return new Integer[] { null, null };
	}

	/**
	 * The n-th five-year plan: the first ran 1953–1957, the third began in 1966 after the
	 * 1963–65 adjustment.
	 */
	static Integer[] fiveYearPlan(int n) {
		if (n <= 0) {
			return new Integer[] { null, null };
		}
		int start = n <= 2 ? 1953 + 5 * (n - 1) : 1966 + 5 * (n - 3);
		return new Integer[] { start, start + 4 };
	}

	/**
	 * The last line that is only a date (二○一一年十二月二十七日), possibly after the issuer's name.
	 */
	static Closing closing(List<Paragraph> paragraphs) {
		for (int i = paragraphs.size() - 1; i >= 0; i--) {
			Paragraph p = paragraphs.get(i);
			String t = p.compared();
			if (t.length() > 40 || p.hasClauses()) {
				continue;
			}
			Matcher m = DATE.matcher(t);
			if (m.find() && m.end() == t.length()) {
				LocalDate date = date(m);
				if (date == null) {
					continue;
				}
				String issuer = t.substring(0, m.start()).replaceAll("[()]", "");
				int issuerLine = issuer.isEmpty() ? 0 : p.line;
				if (issuer.isEmpty() && i > 0 && ISSUER_LINE.matcher(paragraphs.get(i - 1).compared()).matches()) {
					issuer = paragraphs.get(i - 1).text.original().strip();
					issuerLine = paragraphs.get(i - 1).line;
				}
				return new Closing(issuer.isEmpty() ? null : issuer.replaceAll("[\\s\\u3000]", ""), date, p.line,
						issuerLine);
			}
		}
		return new Closing(null, null, 0, 0);
	}

	/**
	 * The closing lines: issuer and date, and the lines they stand on (0 when absent),
	 * which are not part of the division's text.
	 */
	record Closing(String issuer, LocalDate date, int line, int issuerLine) {

		boolean isClosingLine(Paragraph p) {
			return p.line == line || p.line == issuerLine;
		}

	}

	private static LocalDate date(Matcher m) {
		int year = ChineseNumerals.digitByDigit(m.group(1));
		int month = ChineseNumerals.value(m.group(2));
		int day = ChineseNumerals.value(m.group(3));
		try {
			return year > 1900 && month > 0 && day > 0 ? LocalDate.of(year, month, day) : null;
		}
		catch (DateTimeException ex) {
			return null;
		}
	}

	/**
	 * The issuer when the closing lines do not name it: the subject of the title
	 * (X关于印发…), else the government of the plan's region when the notice speaks of itself
	 * as 省政府/市政府/国务院.
	 */
	static String inferIssuer(String noticeTitle, String planTitle, List<Paragraph> paragraphs) {
		if (noticeTitle != null) {
			String t = Normalized.compare(noticeTitle);
			int about = t.indexOf("关于");
			if (about >= 2) {
				return t.substring(0, about);
			}
		}
		String preamble = String.join("", head(paragraphs).stream().map(Paragraph::compared).toList());
		if (planTitle != null) {
			String plan = Normalized.compare(planTitle);
			if (plan.startsWith("中华人民共和国") || preamble.contains("国务院决定") || preamble.contains("经国务院同意")) {
				return "国务院";
			}
			Matcher region = REGION_PREFIX.matcher(plan);
			if (region.find()) {
				return region.group(1) + "人民政府";
			}
		}
		return preamble.contains("国务院") ? "国务院" : null;
	}

	/** The first lines, before the division proper starts. */
	private static List<Paragraph> head(List<Paragraph> paragraphs) {
		List<Paragraph> head = new ArrayList<>();
		for (Paragraph p : paragraphs) {
			if (p.marker != null || p.hasClauses() || head.size() >= 8) {
				break;
			}
			head.add(p);
		}
		return head;
	}

}
