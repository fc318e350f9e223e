package org.luoshi.notice.internal.parse;

import java.time.Month;
import java.time.MonthDay;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.luoshi.common.Vocabulary;
import org.luoshi.notice.DecompositionRule;
import org.luoshi.notice.EvaluationRule;
import org.luoshi.notice.ReportingRule;

/**
 * Reads the work the notice orders beyond the tasks: the yearly progress report and its
 * deadline (每年3月底前), the annual implementation report, the mid-term evaluation, the
 * responsibility assessment, and the rule that binding indicators are split among
 * localities.
 */
@Vocabulary("the wording of a notice's reporting, evaluation and decomposition requirements (每年, 报送, 中期评估), which the parser reads")
final class RequirementReader {

	private static final Pattern DEADLINE = Pattern
		.compile("(?:每年|年度|每一年度)?(?:于|在)?(?:每年)?(\\d{1,2}|[一二三四五六七八九十]{1,2})月(底|末|份|中旬|上旬|下旬|(\\d{1,2})日)?(?:前|以前|之前)");

	private static final Pattern WHAT_AFTER = Pattern.compile("(?:报送|上报|报告)(?:一次)?(.{2,30}?(?:情况|报告|进展))");

	private static final Pattern YEAR_END = Pattern.compile("(?:年底|年末)(?:前|以前|之前)");

	private static final Pattern SUBJECT = Pattern
		.compile("^(?:请)?(.{2,30}?)(?:要|应|须|需|必须|应当|务必|负责|会同|于|在|每年|每半年|每季度|每个季度|按季度|向)");

	private static final Pattern TOWARDS = Pattern.compile("向(.{2,15}?)(?:报送|上报|报告|书面报告|书面报送|报)");

	private static final Pattern REPORT_TO = Pattern.compile("(?:报送|上报|报告|报)(.{1,12}?)(?:[。,，;；]|$)");

	private static final Pattern WHAT = Pattern.compile("将(.{2,60}?)(?:报送|上报|报告|报)");

	// 每季度末 / 每半年末: due on the period's last day
	private static final Pattern PERIOD_END = Pattern.compile("(?:季度|半年)(?:末|结束前|终了前)");

	// 季度结束后10日内, 每季度结束后5个工作日内, 半年后15天内
	private static final Pattern DAYS_AFTER = Pattern
		.compile("(?:季度|半年)(?:结束|终了)?(?:后|以后)([0-9０-９一二三四五六七八九十两]{1,3})(?:个工作日|个?日|天)(?:内|前|以内)");

	// 次月10日前, 下季度第一个月5日前: the day of the month after the period
	private static final Pattern NEXT_MONTH_DAY = Pattern
		.compile("(?:次月|下月|下季度第一个月|下一季度首月)([0-9０-９一二三四五六七八九十两]{1,3})日(?:前|以前|之前)");

	private RequirementReader() {
	}

	static ReportingRule reporting(List<Paragraph> paragraphs) {
		ReportingRule more = null;
		for (Paragraph p : paragraphs) {
			for (Sentence s : sentences(p)) {
				if (!(s.text.contains("报") || s.text.contains("送"))) {
					continue;
				}
				if (s.text.contains("每年") || s.text.contains("年度")) {
					ReportingRule yearly = yearly(s, p.line);
					if (yearly != null) {
						return yearly;
					}
				}
				String frequency = s.text.contains("每季度") || s.text.contains("每个季度") || s.text.contains("按季度")
						? ReportingRule.QUARTERLY
						: s.text.contains("每半年") || s.text.contains("半年报") ? ReportingRule.HALF_YEARLY : null;
				if (frequency != null && more == null && s.text.contains("进展")
						|| frequency != null && more == null && s.text.contains("情况")) {
					more = new ReportingRule(display(subject(s.text)), what(s.text), to(s.text, 0), null, s.original,
							p.line, frequency, daysAfterPeriod(s.text));
				}
			}
		}
		// a yearly report anywhere in the notice comes first; else the more frequent one
		return more;
	}

	private static ReportingRule yearly(Sentence s, int line) {
		Matcher m = DEADLINE.matcher(s.text);
		MonthDay deadline;
		int end;
		if (m.find()) {
			int month = ChineseNumerals.value(m.group(1));
			if (month < 1 || month > 12) {
				return null;
			}
			deadline = deadline(month, m.group(2), m.group(3));
			end = m.end();
		}
		else {
			Matcher yearEnd = YEAR_END.matcher(s.text);
			if (!yearEnd.find()) {
				return null;
			}
			deadline = MonthDay.of(12, 31);
			end = yearEnd.end();
		}
		return new ReportingRule(display(subject(s.text)), what(s.text), to(s.text, end), deadline, s.original, line);
	}

	/**
	 * How many days after its period's last day a half-yearly or quarterly report is due,
	 * where the sentence says; null where it does not.
	 */
	static Integer daysAfterPeriod(String sentence) {
		Matcher days = DAYS_AFTER.matcher(sentence);
		if (days.find()) {
			return ChineseNumerals.value(days.group(1));
		}
		Matcher day = NEXT_MONTH_DAY.matcher(sentence);
		if (day.find()) {
			return ChineseNumerals.value(day.group(1));
		}
		return PERIOD_END.matcher(sentence).find() ? 0 : null;
	}

	private static String what(String sentence) {
		Matcher what = WHAT.matcher(sentence);
		if (what.find()) {
			String said = what.group(1);
			return display(said.endsWith("书面") ? said.substring(0, said.length() - 2) : said);
		}
		// 向省政府报送上一年度任务落实情况
		Matcher after = WHAT_AFTER.matcher(sentence);
		return after.find() ? display(after.group(1)) : null;
	}

	/** 向省政府报送… or …报送省政府. */
	private static String to(String sentence, int from) {
		Matcher towards = TOWARDS.matcher(sentence);
		if (towards.find()) {
			return display(towards.group(1));
		}
		Matcher to = REPORT_TO.matcher(sentence.substring(from));
		return to.find() ? display(to.group(1)) : null;
	}

	private static MonthDay deadline(int month, String when, String day) {
		if (day != null) {
			return MonthDay.of(month, Math.min(Integer.parseInt(day), Month.of(month).maxLength()));
		}
		if ("中旬".equals(when)) {
			return MonthDay.of(month, 20);
		}
		if ("上旬".equals(when)) {
			return MonthDay.of(month, 10);
		}
		// 底, 末, 份, 下旬 and a bare month all mean the end of that month; --02-29 falls on
		// the 28th in a common year (MonthDay.atYear)
		return MonthDay.of(month, Month.of(month).maxLength());
	}

	static List<EvaluationRule> evaluation(List<Paragraph> paragraphs, Integer startYear, Integer endYear) {
		List<EvaluationRule> rules = new ArrayList<>();
		for (Paragraph p : paragraphs) {
			String subject = null;
			for (Sentence s : sentences(p)) {
				String own = subject(s.text);
				if (own != null) {
					subject = own;
				}
				boolean published = s.text.contains("向社会公布") || s.text.contains("向社会公开") || s.text.contains("公开发布")
						|| s.text.contains("公布");
				if (s.text.contains("中期评估")) {
					Integer year = startYear != null && endYear != null ? startYear + (endYear - startYear) / 2 : null;
					rules.add(new EvaluationRule(EvaluationRule.MID_TERM_EVALUATION, display(subject),
							published ? Boolean.TRUE : null, year, s.original, p.line));
				}
				else if (s.text.contains("年度进展情况报告") || s.text.contains("年度报告") || s.text.contains("年度评估")
						|| s.text.contains("年度监测")) {
					rules.add(new EvaluationRule(EvaluationRule.ANNUAL_REPORT, display(subject),
							published ? Boolean.TRUE : null, null, s.original, p.line));
				}
				else if ((s.text.contains("考核") || s.text.contains("评价")) && (s.text.contains("各地")
						|| s.text.contains("各部门") || s.text.contains("责任") || s.text.contains("实施进展"))) {
					rules.add(new EvaluationRule(EvaluationRule.ASSESSMENT, display(subject),
							published ? Boolean.TRUE : null, null, s.original, p.line));
				}
			}
		}
		return rules;
	}

	/**
	 * The note saying which binding indicators are split among localities
	 * (…等约束性指标…分解到地方…).
	 */
	static DecompositionRule decomposition(List<Paragraph> paragraphs) {
		DecompositionRule vague = null;
		for (Paragraph p : paragraphs) {
			String t = p.compared();
			if (!t.contains("分解") || !t.contains("指标") || p.hasClauses()) {
				continue;
			}
			int end = t.indexOf("等约束性指标");
			if (end < 0) {
				end = t.indexOf("等指标");
			}
			if (end <= 0) {
				if (vague == null && t.contains("分解到")) {
					vague = new DecompositionRule(List.of(), p.text.original().strip(), p.line);
				}
				continue;
			}
			List<String> names = new ArrayList<>();
			for (String name : OrganisationListReader.splitTopLevel(t.substring(0, end))) {
				String clean = name.replaceAll("(降幅|增幅|降低率|下降率)$", "");
				if (!clean.isEmpty()) {
					names.add(clean);
				}
			}
			return new DecompositionRule(names, p.text.original().strip(), p.line);
		}
		return vague;
	}

	private static String subject(String sentence) {
		Matcher m = SUBJECT.matcher(sentence);
		if (!m.find()) {
			return null;
		}
		String who = m.group(1);
		return OrganisationNames.looksLikeOrganisation(who) || who.startsWith("各") ? who : null;
	}

	private static String display(String compared) {
		return compared == null ? null : OrganisationNames.display(compared);
	}

	/** A sentence of a paragraph: compared text for matching, original for display. */
	private record Sentence(String text, String original) {
	}

	private static List<Sentence> sentences(Paragraph p) {
		List<Sentence> out = new ArrayList<>();
		String t = p.compared();
		int from = p.contentStart();
		for (int i = from; i <= t.length(); i++) {
			if (i == t.length() || t.charAt(i) == '。' || t.charAt(i) == ';' || t.charAt(i) == '；') {
				if (i > from) {
					out.add(new Sentence(t.substring(from, i), p.text.originalOf(from, Math.min(i + 1, t.length()))));
				}
				from = i + 1;
			}
		}
		return out;
	}

}
