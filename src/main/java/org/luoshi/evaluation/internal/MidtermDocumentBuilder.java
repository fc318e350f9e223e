package org.luoshi.evaluation.internal;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.luoshi.evaluation.AnnualReportModel.ChapterProgress;
import org.luoshi.evaluation.AnnualReportModel.TaskCounts;
import org.luoshi.evaluation.AnnualReportModel.TaskIssue;
import org.luoshi.evaluation.MidtermReportModel;
import org.luoshi.evaluation.MidtermReportModel.OutlookRow;
import org.luoshi.evaluation.MidtermReportModel.RevisionRow;
import org.luoshi.evaluation.ReportDocument;
import org.luoshi.evaluation.ReportDocument.Block;
import org.luoshi.indicator.OutlookRule;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * Lays the mid-term evaluation out in the outline of the annual report — 总体情况,
 * 主要指标完成情况及展望 (the rule stated, the table, the indicators at risk named), 规划任务进展
 * (chapters, the tasks not started, lagging or blocked), 目标调整 — every word from the
 * message files in the reader's language.
 */
@Component
public class MidtermDocumentBuilder {

	private final MessageSource messages;

	MidtermDocumentBuilder(MessageSource messages) {
		this.messages = messages;
	}

	public ReportDocument build(MidtermReportModel m, Locale locale) {
		Words w = new Words(this.messages, locale);
		List<Block> blocks = new ArrayList<>();
		Numbering parts = new Numbering(w);
		blocks.add(Block.heading(1, parts.part(w.get("evaluation.midterm.overall"))));
		MidtermReportModel.Outlooks o = m.outlooks();
		blocks.add(Block.paragraph(w.get("evaluation.midterm.headline", m.year(), m.year() - m.startYear() + 1,
				Numbers.percent(m.elapsedShare()), o.indicators(), o.achievable(), o.difficult(), o.unlikely(),
				o.unknown())));
		TaskCounts t = m.tasks();
		blocks.add(Block.paragraph(((m.cycleYear() != null) ? w.get("evaluation.midterm.cycle", m.cycleYear())
				: w.get("evaluation.midterm.no-cycle"))
				+ w.get("evaluation.doc.headline-tasks", t.total(), t.completed(), t.inProgress(), t.notStarted(),
						t.lagging(), t.blocked(), t.notReported())));

		blocks.add(Block.heading(1, parts.part(w.get("evaluation.midterm.indicators"))));
		Numbering sections = new Numbering(w);
		blocks.add(Block.heading(2, sections.section(w.get("evaluation.midterm.rule-section"))));
		blocks.add(Block.paragraph(this.messages.getMessage(new OutlookRule(m.difficultyFactor()), locale)));
		blocks.add(Block.heading(2, sections.section(w.get("evaluation.midterm.outlook-section"))));
		List<List<String>> rows = new ArrayList<>();
		for (int i = 0; i < m.indicators().size(); i++) {
			rows.add(row(m.indicators().get(i), i + 1, w));
		}
		blocks.add(Block.table(w.get("evaluation.midterm.table", m.year()), header(w), rows));
		blocks.add(Block.heading(2, sections.section(w.get("evaluation.midterm.at-risk-section"))));
		if (m.atRisk().isEmpty()) {
			blocks.add(Block.paragraph(w.get("evaluation.midterm.none-at-risk")));
		}
		for (OutlookRow r : m.atRisk()) {
			blocks.add(Block
				.paragraph(w.get("evaluation.midterm.at-risk", r.name(), target(r, w), latest(r, w), projection(r, w),
						rate(r, r.achievedRate(), w), rate(r, r.requiredRate(), w), w.get(r.verdict().wordCode()))));
		}

		blocks.add(Block.heading(1, parts.part(w.get("evaluation.midterm.tasks"))));
		blocks.add(Block.table(w.get("evaluation.midterm.chapters-table"), DocumentBuilder.chapterHeader(w),
				m.chapters().stream().map((c) -> DocumentBuilder.chapterRow(c, w)).toList()));
		Numbering chapters = new Numbering(w);
		boolean named = false;
		for (ChapterProgress chapter : m.chapters()) {
			String heading = chapters.section(chapter.title());
			List<TaskIssue> own = chapter.issues();
			if (!own.isEmpty()) {
				if (!named) {
					blocks.add(Block.paragraph(w.get("evaluation.midterm.named")));
					named = true;
				}
				blocks.add(Block.heading(2, heading));
				own.forEach((i) -> blocks.add(Block.paragraph(DocumentBuilder.issue(i, w))));
			}
		}
		if (!named) {
			blocks.add(Block.paragraph(w.get("evaluation.midterm.none-named")));
		}

		blocks.add(Block.heading(1, parts.part(w.get("evaluation.midterm.revisions"))));
		if (m.revisions().isEmpty()) {
			blocks.add(Block.paragraph(w.get("evaluation.midterm.no-revisions")));
		}
		else {
			blocks.add(Block.paragraph(w.get("evaluation.midterm.revision-note")));
			blocks.add(Block.table(w.get("evaluation.midterm.revisions-table"), revisionHeader(w),
					m.revisions().stream().map((r) -> revisionRow(r, w)).toList()));
		}
		String title = w.get("evaluation.midterm.title", m.planTitle());
		String subtitle = w.get(m.yearSet() ? "evaluation.midterm.subtitle-set" : "evaluation.midterm.subtitle",
				(m.issuer() != null) ? m.issuer() : "", m.year());
		return new ReportDocument(title, subtitle, blocks);
	}

	private static List<String> header(Words w) {
		return List.of(w.get("evaluation.doc.col.number"), w.get("evaluation.doc.col.indicator"),
				w.get("evaluation.midterm.col.class"), w.get("evaluation.midterm.col.target"),
				w.get("evaluation.midterm.col.latest"), w.get("evaluation.doc.col.progress"),
				w.get("evaluation.midterm.col.projection"), w.get("evaluation.midterm.col.achieved"),
				w.get("evaluation.midterm.col.required"), w.get("evaluation.midterm.col.outlook"));
	}

	static List<String> row(OutlookRow r, int number, Words w) {
		return List.of(String.valueOf(number), r.name(),
				w.get(r.binding() ? "evaluation.midterm.binding" : "evaluation.midterm.expected"), target(r, w),
				latest(r, w), (r.progress() != null) ? Numbers.percent(r.progress()) : w.get("evaluation.doc.none"),
				projection(r, w), rate(r, r.achievedRate(), w), rate(r, r.requiredRate(), w),
				w.get(r.verdict().wordCode()));
	}

	private static String target(OutlookRow r, Words w) {
		// a reduce- or increase-by-percent target is a percentage whatever the level's
		// unit
		String unit = r.byPercent() ? "%" : (r.unit() != null) ? " " + r.unit() : "";
		return w
			.get("evaluation.doc.target", w.get("indicator.kind." + r.kind()),
					((r.target() != null) ? Numbers.plain(r.target()) : w.get("evaluation.doc.none")) + unit, "",
					(r.targetYear() > 0) ? r.targetYear() : "")
			.strip();
	}

	private static String latest(OutlookRow r, Words w) {
		if (r.latestYear() == null) {
			return w.get("evaluation.doc.none");
		}
		String value = (r.change() != null) ? change(r.kind(), r.change(), w)
				: (r.level() != null) ? Numbers.level(r.level()) : w.get("evaluation.doc.none");
		return w.get("evaluation.midterm.latest", r.latestYear(), value);
	}

	private static String projection(OutlookRow r, Words w) {
		if (r.projectedChange() != null) {
			return change(r.kind(), r.projectedChange(), w);
		}
		return (r.projectedLevel() != null) ? Numbers.level(r.projectedLevel()) : w.get("evaluation.doc.none");
	}

	private static String change(String kind, double change, Words w) {
		return w.get("indicator.page.change." + kind + ((change < 0) ? ".against" : ""), twoDecimals(Math.abs(change)));
	}

	private static String rate(OutlookRow r, Double rate, Words w) {
		if (rate == null) {
			return w.get("evaluation.doc.none");
		}
		return r.byPercent() ? w.get("indicator.outlook.rate-percent", twoDecimals(rate))
				: w.get("indicator.outlook.rate-unit", twoDecimals(rate), (r.unit() != null) ? r.unit() : "");
	}

	private static String twoDecimals(double value) {
		return BigDecimal.valueOf(value).setScale(2, RoundingMode.HALF_UP).toPlainString();
	}

	private static List<String> revisionHeader(Words w) {
		return List.of(w.get("evaluation.doc.col.indicator"), w.get("evaluation.midterm.col.before"),
				w.get("evaluation.midterm.col.after"), w.get("evaluation.midterm.col.from"),
				w.get("evaluation.midterm.col.reason"), w.get("evaluation.midterm.col.state"),
				w.get("evaluation.midterm.col.decided"));
	}

	private static List<String> revisionRow(RevisionRow r, Words w) {
		String after = Numbers.plain(r.target())
				+ ((r.targetUpper() != null) ? "–" + Numbers.plain(r.targetUpper()) : "");
		String decided = w.get("evaluation.midterm.proposed-by", r.proposedBy())
				+ ((r.decidedBy() != null) ? w.get("evaluation.midterm.decided-by", r.decidedBy()) : "")
				+ ((r.returnReason() != null) ? w.get("evaluation.midterm.returned-because", r.returnReason()) : "");
		return List.of(r.indicator(), (r.before() != null) ? Numbers.plain(r.before()) : w.get("evaluation.doc.none"),
				after, w.get("evaluation.midterm.from", r.fromYear()), r.reason(),
				w.get("indicator.revision.state." + r.state()), decided);
	}

}
