package org.luoshi.evaluation.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

import org.luoshi.evaluation.AnnualReportModel;
import org.luoshi.evaluation.AnnualReportModel.ChapterProgress;
import org.luoshi.evaluation.AnnualReportModel.CityBreakdown;
import org.luoshi.evaluation.AnnualReportModel.CityRow;
import org.luoshi.evaluation.AnnualReportModel.IndicatorRow;
import org.luoshi.evaluation.AnnualReportModel.TaskCounts;
import org.luoshi.evaluation.AnnualReportModel.TaskIssue;
import org.luoshi.evaluation.AnnualReportView;
import org.luoshi.evaluation.Narrative;
import org.luoshi.evaluation.ReportDocument;
import org.luoshi.evaluation.ReportDocument.Block;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * Lays a report out in the outline offices use — 总体情况, 主要指标完成情况 (tables and charts),
 * 重点任务进展, 报送情况, 存在问题, 下一步工作 — with every word from the message files in the reader's
 * language and every number printed as {@link Numbers} prints it.
 */
@Component
public class DocumentBuilder {

	private final MessageSource messages;

	DocumentBuilder(MessageSource messages) {
		this.messages = messages;
	}

	public ReportDocument build(AnnualReportView report, Locale locale) {
		Words w = new Words(this.messages, locale);
		AnnualReportModel m = report.model();
		Narrative narrative = report.narrative();
		List<Block> blocks = new ArrayList<>();
		Numbering parts = new Numbering(w);
		blocks.add(Block.heading(1, parts.part(w.get("evaluation.doc.overall"))));
		blocks.add(Block.paragraph(headline(m, w)));
		text(blocks, narrative.overall(), w);
		blocks.add(Block.heading(1, parts.part(w.get("evaluation.doc.indicators"))));
		Numbering sections = new Numbering(w);
		blocks.add(Block.heading(2, sections.section(w.get("evaluation.doc.binding"))));
		blocks.add(Block.paragraph(
				w.get("evaluation.doc.rule", Numbers.level(m.onTrackPoints()), Numbers.level(m.atRiskPoints()))));
		blocks.add(Block.table(w.get("evaluation.doc.binding-table", m.year()), indicatorHeader(m, w),
				m.binding().stream().map((r) -> indicatorRow(r, m.binding().indexOf(r) + 1, w)).toList()));
		for (IndicatorRow row : m.binding()) {
			if (row.path().stream().anyMatch((p) -> p.actual() != null)) {
				blocks.add(Block.chart("indicator-" + row.indicatorId(), w.get("evaluation.doc.chart", row.name())));
			}
		}
		if (!m.expected().isEmpty()) {
			blocks.add(Block.heading(2, sections.section(w.get("evaluation.doc.expected"))));
			blocks.add(Block.table(w.get("evaluation.doc.expected-table", m.year()), indicatorHeader(m, w),
					m.expected().stream().map((r) -> indicatorRow(r, m.expected().indexOf(r) + 1, w)).toList()));
		}
		if (!m.cities().isEmpty()) {
			blocks.add(Block.heading(2, sections.section(w.get("evaluation.doc.cities"))));
			Numbering items = new Numbering(w);
			for (CityBreakdown breakdown : m.cities()) {
				cities(blocks, breakdown, items, w);
			}
		}
		blocks.add(Block.heading(1, parts.part(w.get("evaluation.doc.tasks"))));
		blocks.add(Block.chart("chapters", w.get("evaluation.doc.chapters-chart")));
		blocks.add(Block.table(w.get("evaluation.doc.chapters-table"), chapterHeader(w),
				m.chapters().stream().map((c) -> chapterRow(c, w)).toList()));
		Numbering chapters = new Numbering(w);
		for (ChapterProgress chapter : m.chapters()) {
			String heading = chapters.section(chapter.title());
			if (!chapter.issues().isEmpty()) {
				blocks.add(Block.heading(2, heading));
				for (TaskIssue issue : chapter.issues()) {
					blocks.add(Block.paragraph(issue(issue, w)));
				}
			}
		}
		blocks.add(Block.heading(1, parts.part(w.get("evaluation.doc.discipline"))));
		discipline(blocks, m.discipline(), w);
		blocks.add(Block.heading(1, parts.part(w.get("evaluation.doc.problems"))));
		text(blocks, narrative.problems(), w);
		blocks.add(Block.heading(1, parts.part(w.get("evaluation.doc.next-steps"))));
		text(blocks, narrative.nextSteps(), w);
		String title = w.get("evaluation.doc.title", m.planTitle(), m.year());
		String subtitle = w.get("evaluation.doc.subtitle", m.issuer(), report.summary().number(),
				w.get(report.summary().state().wordCode()));
		return new ReportDocument(title, subtitle, blocks);
	}

	private static String headline(AnnualReportModel m, Words w) {
		AnnualReportModel.Headline h = m.headline();
		TaskCounts t = h.tasks();
		return w.get("evaluation.doc.headline", m.year(), m.year() - m.startYear() + 1,
				Numbers.percent(m.elapsedShare()), h.bindingIndicators(), h.onTrack(), h.achieved(), h.atRisk(),
				h.offTrack(), h.noData())
				+ w.get("evaluation.doc.headline-tasks", t.total(), t.completed(), t.inProgress(), t.notStarted(),
						t.lagging(), t.blocked(), t.notReported());
	}

	private static void text(List<Block> blocks, String text, Words w) {
		if (text == null || text.isBlank()) {
			blocks.add(Block.paragraph(w.get("evaluation.doc.not-written")));
			return;
		}
		for (String paragraph : text.split("\\R+")) {
			if (!paragraph.isBlank()) {
				blocks.add(Block.paragraph(paragraph.strip()));
			}
		}
	}

	static List<String> indicatorHeader(AnnualReportModel m, Words w) {
		return List.of(w.get("evaluation.doc.col.number"), w.get("evaluation.doc.col.indicator"),
				w.get("evaluation.doc.col.unit"), w.get("evaluation.doc.col.baseline"),
				w.get("evaluation.doc.col.target"), w.get("evaluation.doc.col.figure", m.year()),
				w.get("evaluation.doc.col.status"), w.get("evaluation.doc.col.progress"),
				w.get("evaluation.doc.col.elapsed"), w.get("evaluation.doc.col.verdict"),
				w.get("evaluation.doc.col.lead"));
	}

	static List<String> indicatorRow(IndicatorRow r, int number, Words w) {
		String baseline = (r.baselineYear() == null) ? "" : w.get("evaluation.doc.baseline", r.baselineYear(),
				(r.baseline() != null) ? Numbers.plain(r.baseline()) : w.get("evaluation.doc.none"));
		String target = w.get("evaluation.doc.target", w.get("indicator.kind." + r.kind()), Numbers.plain(r.target()),
				(r.targetUpper() != null) ? "–" + Numbers.plain(r.targetUpper()) : "",
				(r.targetYear() != null) ? r.targetYear() : "");
		String figure = Numbers.plain(r.figure());
		if (figure != null && "cumulative".equals(r.kind()) && r.level() != null) {
			figure = w.get("evaluation.doc.cumulative", figure, Numbers.level(r.level()));
		}
		return List.of(String.valueOf(number), r.name(), (r.unit() != null) ? r.unit() : "", baseline.strip(),
				target.strip(), (figure != null) ? figure : w.get("evaluation.doc.none"),
				(r.figureStatus() != null) ? w.get("indicator.figure." + r.figureStatus()) : "",
				(r.progress() != null) ? Numbers.percent(r.progress()) : "—", Numbers.percent(r.elapsedShare()),
				w.get(r.verdict().wordCode()), (r.lead() != null) ? r.lead() : "");
	}

	private static void cities(List<Block> blocks, CityBreakdown b, Numbering items, Words w) {
		blocks.add(Block.heading(3, items.item(b.indicator())));
		if (!b.issued()) {
			blocks.add(Block.paragraph(w.get("evaluation.doc.not-issued")));
			return;
		}
		List<List<String>> rows = new ArrayList<>();
		for (CityRow c : b.cities()) {
			rows.add(List.of(c.city(), Numbers.plain(c.target()),
					(c.figure() != null) ? Numbers.plain(c.figure()) : w.get("evaluation.doc.none"),
					(c.progress() != null) ? Numbers.percent(c.progress()) : "—", w.get(c.verdict().wordCode())));
		}
		blocks.add(Block.table(w.get("evaluation.doc.city-table", b.indicator(), b.unit()),
				List.of(w.get("evaluation.doc.col.city"), w.get("evaluation.doc.col.city-target"),
						w.get("evaluation.doc.col.city-figure"), w.get("evaluation.doc.col.progress"),
						w.get("evaluation.doc.col.verdict")),
				rows));
		blocks.add(Block.paragraph(b.furthestBehind().isEmpty() ? w.get("evaluation.doc.none-behind") : w
			.get("evaluation.doc.behind", String.join(w.get("evaluation.doc.list-separator"), b.furthestBehind()))));
	}

	static List<String> chapterHeader(Words w) {
		return List.of(w.get("evaluation.doc.col.chapter"), w.get("evaluation.doc.col.tasks"),
				w.get("reporting.entry-status.completed"), w.get("reporting.entry-status.in-progress"),
				w.get("reporting.entry-status.not-started"), w.get("reporting.entry-status.lagging"),
				w.get("reporting.entry-status.blocked"), w.get("evaluation.doc.col.not-reported"));
	}

	static List<String> chapterRow(ChapterProgress c, Words w) {
		TaskCounts t = c.counts();
		return List.of(c.title(), String.valueOf(t.total()), String.valueOf(t.completed()),
				String.valueOf(t.inProgress()), String.valueOf(t.notStarted()), String.valueOf(t.lagging()),
				String.valueOf(t.blocked()), String.valueOf(t.notReported()));
	}

	static String issue(TaskIssue i, Words w) {
		String text = (i.text().length() > 80) ? i.text().substring(0, 80) + "…" : i.text();
		return w.get("evaluation.doc.issue", i.code(), text, (i.lead() != null) ? i.lead() : "", i.reportedBy(),
				w.get("reporting.entry-status." + i.status()),
				(i.problems() != null && !i.problems().isBlank()) ? i.problems() : w.get("evaluation.doc.no-problem"));
	}

	private static void discipline(List<Block> blocks, AnnualReportModel.Discipline d, Words w) {
		blocks.add(Block.paragraph(w.get("evaluation.doc.discipline-counts", d.organisations(), d.onTime(), d.late(),
				d.missing(), d.pending())));
		if (!d.lateOnes().isEmpty()) {
			blocks.add(Block.paragraph(w.get("evaluation.doc.late",
					d.lateOnes()
						.stream()
						.map((l) -> w.get("evaluation.doc.late-one", l.organisation(), l.days()))
						.collect(Collectors.joining(w.get("evaluation.doc.list-separator"))))));
		}
		if (!d.missingOnes().isEmpty()) {
			blocks.add(Block.paragraph(w.get("evaluation.doc.missing",
					String.join(w.get("evaluation.doc.list-separator"), d.missingOnes()))));
		}
	}

}
