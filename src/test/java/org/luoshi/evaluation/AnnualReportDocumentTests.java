package org.luoshi.evaluation;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.luoshi.evaluation.internal.Numbers;
import org.luoshi.indicator.FigureInput;
import org.luoshi.indicator.IndicatorCompletion;
import org.luoshi.indicator.IndicatorFigures;
import org.luoshi.indicator.IndicatorSummary;
import org.luoshi.indicator.Indicators;
import org.luoshi.reporting.Cycles;
import org.luoshi.reporting.ReportingTestConfiguration;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.luoshi.evaluation.EvaluationFixtures.as;
import static org.luoshi.evaluation.EvaluationFixtures.office;

/**
 * The 2011 report generated from a seeded cycle and figures, read back from its Word
 * document with POI and from its PDF with PDFBox: the binding indicators' rows carry the
 * figures, progress, time elapsed and verdicts worked out by hand for an indicator of
 * each kind, the lagging and blocked tasks are named with their problems, and the PDF's
 * text — real text in an embedded font — carries the same numbers.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.NONE, properties = "luoshi.demo.enabled=true")
@Import(ReportingTestConfiguration.class)
class AnnualReportDocumentTests {

	private static final Locale CHINESE = Locale.SIMPLIFIED_CHINESE;

	@Autowired
	ApplicationContext context;

	@Autowired
	AnnualReports annualReports;

	@Autowired
	AnnualReportDocuments documents;

	@Autowired
	Indicators indicators;

	@Autowired
	IndicatorFigures values;

	@Autowired
	Cycles cycles;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	Clock clock;

	Year2011 year;

	AnnualReportView report;

	@BeforeEach
	void generateThe2011Report() {
		this.year = Year2011.seeded(this.context);
		AnnualReportView draft = as(office(), () -> this.annualReports.generate(this.year.plan, 2011));
		this.report = as(office(), () -> this.annualReports.saveNarrative(draft.id(), draft.summary().version(),
				new Narrative("全省规划实施开局良好。", "部分地区化学需氧量不降反升。", "加强节能减排调度。")));
	}

	@Test
	void theWordDocumentsIndicatorTableCarriesTheFiguresAndVerdictsWorkedOutByHand() throws IOException {
		byte[] docx = as(office(), () -> this.documents.docx(this.report.id(), CHINESE));
		keep("annual-report-2011.docx", docx);
		assertThat(this.jdbc
			.sql("select actor from audit_entry where action = 'evaluation.document-downloaded'"
					+ " and subject = :subject")
			.param("subject", "annual-report:" + this.report.id())
			.query(String.class)
			.list()).as("who took the document away is in the audit log").containsExactly(office().username());
		try (XWPFDocument document = new XWPFDocument(new ByteArrayInputStream(docx))) {
			Map<String, List<String>> rows = indicatorRows(document);
			assertThat(rows).hasSize(16);
			// 序号, 指标, 单位, 基期, 目标, 2011年, 数据状态, 进度, 时间进度, 评价, 牵头单位
			assertThat(rows.get("森林覆盖率")).containsExactly("10", "森林覆盖率", "%", "2010年 43", "达到 44.2（2015年）", "43.4",
					"最终", "33.3%", "20.0%", "快于预期", "省林业厅");
			assertThat(rows.get("耕地保有量").subList(5, 11)).containsExactly("553.6", "最终", "—", "20.0%", "符合进度", "省国土资源厅");
			assertThat(rows.get("全省总人口").subList(4, 10)).containsExactly("控制在以内 2787（2015年）", "2749.4", "最终", "—",
					"20.0%", "符合进度");
			assertThat(rows.get("单位地区生产总值能源消耗").subList(3, 10)).containsExactly("2010年 1", "降低百分比 16（2015年）", "0.965",
					"最终", "21.9%", "20.0%", "符合进度");
			assertThat(rows.get("单位地区生产总值二氧化碳排放").subList(5, 10)).containsExactly("0.99", "最终", "5.9%", "20.0%", "滞后");
			assertThat(rows.get("化学需氧量排放").subList(5, 10)).containsExactly("101", "最终", "-11.4%", "20.0%", "严重滞后");
			assertThat(rows.get("城镇保障性安居工程建设").subList(4, 10)).containsExactly("累计 63.27（2015年）", "14（累计14）", "最终",
					"22.1%", "20.0%", "符合进度");
			assertThat(rows.get("九年义务教育巩固率").subList(5, 10)).containsExactly("99.2", "最终", "105.0%", "20.0%", "提前完成");
			assertThat(rows.get("氨氮排放").subList(5, 10)).containsExactly("—", "", "—", "20.0%", "暂无数据");

			String text = paragraphs(document);
			assertThat(text).contains("一、总体情况", "二、主要指标完成情况", "（一）约束性指标", "三、重点任务进展", "五、存在问题", "六、下一步工作")
				.contains("16项约束性指标中，6项达到进度要求（其中1项已提前完成），1项滞后，1项严重滞后，8项暂无数据。")
				.contains(this.year.lagging.code() + "　")
				.contains(Year2011.LAGGING_PROBLEM)
				.contains(Year2011.BLOCKED_PROBLEM)
				.contains("逾期报送：省林业厅（逾期2天）。", "未报送：省旅游局。")
				.contains("全省规划实施开局良好。", "加强节能减排调度。");
			assertThat(document.getAllPictures()).hasSizeGreaterThanOrEqualTo(9);
			assertThat(document.getFooterList()).singleElement()
				.satisfies((footer) -> assertThat(footer.getParagraphs().get(0).getCTP().xmlText()).contains("PAGE"));
		}
	}

	@Test
	void thePdfCarriesTheSameNumbersAsRealTextInAnEmbeddedFont() throws IOException {
		byte[] pdf = as(office(), () -> this.documents.pdf(this.report.id(), CHINESE));
		keep("annual-report-2011.pdf", pdf);
		try (PDDocument document = Loader.loadPDF(pdf)) {
			String text = new PDFTextStripper().getText(document);
			assertThat(text).contains("2011年实施进展情况报告")
				.contains("森林覆盖率", "43.4", "33.3%", "快于预期")
				.contains("化学需氧量排放", "-11.4%", "严重滞后")
				.contains("0.965", "21.9%")
				.contains(Year2011.LAGGING_PROBLEM, Year2011.BLOCKED_PROBLEM)
				.contains("省林业厅（逾期2天）")
				.contains("— 1 —");
			PDFont font = document.getPage(0)
				.getResources()
				.getFont(document.getPage(0).getResources().getFontNames().iterator().next());
			assertThat(font.isEmbedded()).isTrue();
			assertThat(font.getName()).contains("NotoSansSC");
		}
	}

	@Test
	void theLayoutInEnglishKeepsTheNumbersAndPutsTheWordsInEnglish() {
		ReportDocument layout = as(office(), () -> this.documents.layout(this.report.id(), Locale.ENGLISH));
		assertThat(layout.blocks()).filteredOn((b) -> b.kind().equals(ReportDocument.Block.TABLE))
			.first()
			.satisfies((table) -> assertThat(table.rows())
				.anySatisfy((row) -> assertThat(row).contains("43.4", "33.3%", "faster than expected")));
	}

	@Test
	void aReductionEnteredAsYearlyRatesIsJudgedOnTheChainedReduction() throws IOException {
		// 氨氮排放: reduce by 10.5 % from 2010 to 2015; the bureau publishes the year's rate
		IndicatorSummary ammonia = this.year.seed().indicator("氨氮排放");
		as(office(), () -> this.indicators.complete(ammonia.id(), ammonia.version(),
				new IndicatorCompletion(2010, new BigDecimal("100"), null, null, null, null)));
		rate(ammonia.id(), 2011, "2.5");
		// 2011: one rate, reduction 2.5 %; progress 2.5 / 10.5 = 23.8 % against 20 %
		// elapsed: 3.8 points ahead, within the on-track margin of 5
		AnnualReportView first = as(office(), () -> this.annualReports.generate(this.year.plan, 2011));
		AnnualReportModel.IndicatorRow row2011 = row(first, "氨氮排放");
		assertThat(Numbers.plain(row2011.figure())).isEqualTo("2.5");
		assertThat(Numbers.level(row2011.level())).isEqualTo("97.5");
		assertThat(Numbers.percent(row2011.progress())).isEqualTo("23.8%");
		assertThat(row2011.verdict()).isEqualTo(Verdict.ON_SCHEDULE);

		// 2012: chained 1 − (1 − 0.025)(1 − 0.031) = 1 − 0.975 × 0.969 = 5.5225 %;
		// level 100 × 0.944775 = 94.4775; progress 5.5225 / 10.5 = 52.6 % against 40 %
		// elapsed: 12.6 points ahead, faster than expected
		rate(ammonia.id(), 2012, "3.1");
		EvaluationFixtures.at(this.clock, java.time.OffsetDateTime.parse("2013-01-10T09:00:00+08:00"));
		as(office(), () -> this.cycles.open(this.year.plan, new org.luoshi.reporting.CycleOpening(2012,
				java.time.LocalDateTime.of(2013, 3, 31, 23, 59), List.of(this.year.nongwei))));
		EvaluationFixtures.at(this.clock, java.time.OffsetDateTime.parse("2013-04-10T09:00:00+08:00"));
		AnnualReportView second = as(office(), () -> this.annualReports.generate(this.year.plan, 2012));
		AnnualReportModel.IndicatorRow row2012 = row(second, "氨氮排放");
		assertThat(Numbers.plain(row2012.figure())).isEqualTo("3.1");
		assertThat(row2012.level()).isCloseTo(94.4775, org.assertj.core.api.Assertions.within(1e-9));
		assertThat(Numbers.percent(row2012.progress())).isEqualTo("52.6%");
		assertThat(Numbers.percent(row2012.elapsedShare())).isEqualTo("40.0%");
		assertThat(row2012.verdict()).isEqualTo(Verdict.FASTER);
		// the path reads the chained levels year by year
		assertThat(row2012.path()).filteredOn((p) -> p.year() == 2011)
			.singleElement()
			.satisfies((p) -> assertThat(Numbers.level(p.actual())).isEqualTo("97.5"));

		byte[] docx = as(office(), () -> this.documents.docx(second.id(), CHINESE));
		try (XWPFDocument document = new XWPFDocument(new ByteArrayInputStream(docx))) {
			assertThat(indicatorRows(document).get("氨氮排放").subList(7, 10)).containsExactly("52.6%", "40.0%", "快于预期");
		}
	}

	private void rate(long indicator, int year, String value) {
		as(office(), () -> this.values.enter(indicator,
				new FigureInput(null, year, value, "final", "环境统计年报", null, "yearly-rate")));
	}

	private static AnnualReportModel.IndicatorRow row(AnnualReportView report, String name) {
		return report.model().binding().stream().filter((r) -> r.name().equals(name)).findFirst().orElseThrow();
	}

	/** Keeps the document under target/reports for people to look at. */
	private static void keep(String name, byte[] content) throws IOException {
		java.nio.file.Path folder = java.nio.file.Path.of("target", "reports");
		java.nio.file.Files.createDirectories(folder);
		java.nio.file.Files.write(folder.resolve(name), content);
	}

	private static Map<String, List<String>> indicatorRows(XWPFDocument document) {
		XWPFTable table = document.getTables()
			.stream()
			.filter((t) -> cells(t.getRow(0)).contains("评价") && cells(t.getRow(0)).contains("牵头单位"))
			.findFirst()
			.orElseThrow();
		return table.getRows()
			.stream()
			.skip(1)
			.map(AnnualReportDocumentTests::cells)
			.collect(Collectors.toMap((row) -> row.get(1), (row) -> row));
	}

	private static List<String> cells(XWPFTableRow row) {
		return row.getTableCells().stream().map(XWPFTableCell::getText).toList();
	}

	private static String paragraphs(XWPFDocument document) {
		return document.getParagraphs().stream().map(XWPFParagraph::getText).collect(Collectors.joining("\n"));
	}

}
