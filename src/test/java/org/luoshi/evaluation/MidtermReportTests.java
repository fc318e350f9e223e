package org.luoshi.evaluation;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.luoshi.evaluation.MidtermReportModel.OutlookRow;
import org.luoshi.indicator.OutlookVerdict;
import org.luoshi.indicator.TargetProposal;
import org.luoshi.indicator.TargetRevision;
import org.luoshi.indicator.TargetRevisions;
import org.luoshi.plan.RegisterRefusal;
import org.luoshi.reporting.ReportingTestConfiguration;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.luoshi.evaluation.EvaluationFixtures.as;
import static org.luoshi.evaluation.EvaluationFixtures.leader;
import static org.luoshi.evaluation.EvaluationFixtures.office;

/**
 * The mid-term evaluation of the seed plan at 2013, its half-way year: the 2011 year
 * seeded as for the annual report, figures for 2012 and 2013 entered so that one trend
 * misses its target far (化学需氧量排放 rises: 难以完成), one misses it by a pace still within reach
 * (单位地区生产总值二氧化碳排放: 有难度) and one reaches it (森林覆盖率: 可完成); the tasks reported lagging and
 * blocked in 2011 (no cycle opened for 2013 yet) named; a revised target proposed and
 * approved. Read from the model, from its Word document with POI and from its PDF; and
 * who may read it.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.NONE, properties = "luoshi.demo.enabled=true")
@Import(ReportingTestConfiguration.class)
class MidtermReportTests {

	private static final Locale CHINESE = Locale.SIMPLIFIED_CHINESE;

	@Autowired
	ApplicationContext context;

	@Autowired
	MidtermReports midterm;

	@Autowired
	TargetRevisions revisions;

	@Autowired
	Clock clock;

	Year2011 year;

	@BeforeEach
	void seedToTheMidtermYear() {
		this.year = Year2011.seeded(this.context);
		EvaluationFixtures.at(this.clock, OffsetDateTime.parse("2014-04-10T09:00:00+08:00"));
		// 化学需氧量排放, to fall 8.8 % from 100: 101, 100.5, 100.2 — no progress at all
		this.year.enter("化学需氧量排放", 2012, "100.5", "final", null);
		this.year.enter("化学需氧量排放", 2013, "100.2", "final", null);
		// 二氧化碳排放 intensity, to fall 17 % from 1: 0.99, 0.96, 0.90. The trend through
		// (2010, 1) … (2013, 0.90) falls 0.033 a year to 0.847 in 2015, short of 0.83; so
		// far
		// 1 − 0.9^(1/3) = 3.45 % a year, still required 1 − (0.83 / 0.9)^(1/2) = 3.97 %,
		// 1.15 times the pace so far: within the rule's 1.5, difficult
		this.year.enter("单位地区生产总值二氧化碳排放", 2012, "0.96", "final", null);
		this.year.enter("单位地区生产总值二氧化碳排放", 2013, "0.90", "final", null);
	}

	MidtermReportModel report() {
		return as(office(), () -> this.midterm.of(this.year.plan));
	}

	@Test
	void aTrendThatMissesItsTargetIsJudgedUnlikelyOrDifficultAndNamed() {
		MidtermReportModel report = report();
		assertThat(report.year()).isEqualTo(2013);
		assertThat(report.yearSet()).isFalse();
		// 2011–2013 of 2011–2015
		assertThat(report.elapsedShare()).isEqualTo(0.6);
		assertThat(row(report, "化学需氧量排放").verdict()).isEqualTo(OutlookVerdict.UNLIKELY);
		assertThat(row(report, "化学需氧量排放").latestYear()).isEqualTo(2013);
		OutlookRow carbon = row(report, "单位地区生产总值二氧化碳排放");
		assertThat(carbon.verdict()).isEqualTo(OutlookVerdict.DIFFICULT);
		assertThat(carbon.achievedRate()).isCloseTo(3.45, org.assertj.core.api.Assertions.within(0.01));
		assertThat(carbon.requiredRate()).isCloseTo(3.97, org.assertj.core.api.Assertions.within(0.01));
		// 森林覆盖率 43.0 → 43.4 in a year: the trend reaches 45.0 by 2015, above 44.2
		assertThat(row(report, "森林覆盖率").verdict()).isEqualTo(OutlookVerdict.ACHIEVABLE);
		assertThat(report.atRisk()).extracting(OutlookRow::name)
			.startsWith("化学需氧量排放")
			.contains("单位地区生产总值二氧化碳排放")
			.doesNotContain("森林覆盖率");
		assertThat(report.outlooks().indicators()).isEqualTo(report.indicators().size());
		assertThat(report.outlooks().achievable() + report.outlooks().difficult() + report.outlooks().unlikely()
				+ report.outlooks().unknown())
			.isEqualTo(report.indicators().size());
	}

	@Test
	void theTasksReportedLaggingOrBlockedAreNamedFromTheLatestYearCollected() {
		MidtermReportModel report = report();
		// no cycle was opened for 2012 or 2013: the 2011 reports are the latest word
		assertThat(report.cycleYear()).isEqualTo(2011);
		assertThat(report.chapters()).hasSize(13);
		assertThat(report.tasks().total()).isEqualTo(146);
		assertThat(report.issues())
			.extracting(AnnualReportModel.TaskIssue::code, AnnualReportModel.TaskIssue::status,
					AnnualReportModel.TaskIssue::problems)
			.containsExactlyInAnyOrder(
					org.assertj.core.groups.Tuple.tuple(this.year.lagging.code(), "lagging", Year2011.LAGGING_PROBLEM),
					org.assertj.core.groups.Tuple.tuple(this.year.blocked.code(), "blocked", Year2011.BLOCKED_PROBLEM));
		assertThat(report.issues()).allSatisfy((i) -> assertThat(i.lead()).isNotBlank());
	}

	@Test
	void anApprovedRevisedTargetIsListedWithTheOldTargetAndTheYearItHoldsFrom() {
		long cod = this.year.seed().id("化学需氧量排放");
		TargetRevision proposed = as(office(), () -> this.revisions.propose(cod,
				new TargetProposal(new BigDecimal("5"), null, 2014, "国家下达目标调整，按中期评估结果修订")));
		as(leader(), () -> this.revisions.approve(proposed.id(), proposed.version()));
		MidtermReportModel report = report();
		assertThat(report.revisions()).singleElement().satisfies((r) -> {
			assertThat(r.indicator()).isEqualTo("化学需氧量排放");
			assertThat(r.before()).isEqualByComparingTo("8.8");
			assertThat(r.target()).isEqualByComparingTo("5");
			assertThat(r.fromYear()).isEqualTo(2014);
			assertThat(r.state()).isEqualTo("approved");
			assertThat(r.decidedBy()).isEqualTo(leader().username());
		});
		// the table gives the target in force in the target year; rising still, unlikely
		assertThat(row(report, "化学需氧量排放").target()).isEqualByComparingTo("5");
		assertThat(row(report, "化学需氧量排放").verdict()).isEqualTo(OutlookVerdict.UNLIKELY);
	}

	@Test
	void theWordDocumentAndThePdfNameTheIndicatorsAtRiskAndTheTasksBehind() throws IOException {
		long cod = this.year.seed().id("化学需氧量排放");
		as(office(),
				() -> this.revisions.propose(cod, new TargetProposal(new BigDecimal("5"), null, 2014, "国家下达目标调整")));
		byte[] docx = as(office(), () -> this.midterm.docx(this.year.plan, CHINESE));
		keep("midterm-2013.docx", docx);
		try (XWPFDocument document = new XWPFDocument(new ByteArrayInputStream(docx))) {
			String text = document.getParagraphs()
				.stream()
				.map(XWPFParagraph::getText)
				.collect(Collectors.joining("\n"));
			assertThat(text).contains("实施中期评估报告", "中期评估年份：2013年")
				.contains("一、总体情况", "二、主要指标完成情况及展望", "（一）判断规则", "三、规划任务进展", "四、目标调整")
				.contains("规划期已过60.0%")
				.contains("“有难度”")
				.contains("化学需氧量排放（", "判断为“难以完成”")
				.contains("单位地区生产总值二氧化碳排放（")
				.contains("依据2011年度进展情况报告")
				.contains(Year2011.LAGGING_PROBLEM, Year2011.BLOCKED_PROBLEM);
			XWPFTable outlook = table(document, "展望");
			assertThat(outlook.getRows()).anySatisfy((row) -> assertThat(cells(row)).contains("化学需氧量排放", "难以完成"));
			assertThat(outlook.getRows())
				.anySatisfy((row) -> assertThat(cells(row)).contains("单位地区生产总值二氧化碳排放", "3.45%/年", "3.97%/年", "有难度"));
			XWPFTable revised = table(document, "调整理由");
			assertThat(revised.getRows()).anySatisfy(
					(row) -> assertThat(cells(row)).contains("化学需氧量排放", "8.8", "5", "2014年起", "国家下达目标调整", "待审批"));
			assertThat(document.getFooterList()).singleElement()
				.satisfies((footer) -> assertThat(footer.getParagraphs().get(0).getCTP().xmlText()).contains("PAGE"));
		}
		byte[] pdf = as(leader(), () -> this.midterm.pdf(this.year.plan, CHINESE));
		try (PDDocument document = Loader.loadPDF(pdf)) {
			assertThat(new PDFTextStripper().getText(document)).contains("中期评估报告", "化学需氧量排放", "难以完成", "有难度",
					Year2011.LAGGING_PROBLEM);
		}
	}

	@Test
	void anUnknownPlanAndARoleThatMayNotReadItAreRefused() {
		assertThatExceptionOfType(RegisterRefusal.PlanNotFound.class)
			.isThrownBy(() -> as(office(), () -> this.midterm.of(999_999)));
		for (var actor : List.of(EvaluationFixtures.reporter(this.year.nongwei),
				EvaluationFixtures.approver(this.year.nongwei))) {
			assertThatExceptionOfType(EvaluationRefusal.NotYourRole.class)
				.isThrownBy(() -> as(actor, () -> this.midterm.of(this.year.plan)))
				.satisfies((ex) -> assertThat(ex.kind().status()).isEqualTo(403));
			assertThatExceptionOfType(EvaluationRefusal.NotYourRole.class)
				.isThrownBy(() -> as(actor, () -> this.midterm.docx(this.year.plan, CHINESE)));
		}
		assertThat(as(leader(), () -> this.midterm.of(this.year.plan)).planId()).isEqualTo(this.year.plan);
	}

	private static OutlookRow row(MidtermReportModel report, String name) {
		return report.indicators().stream().filter((r) -> r.name().equals(name)).findFirst().orElseThrow();
	}

	private static XWPFTable table(XWPFDocument document, String head) {
		return document.getTables().stream().filter((t) -> cells(t.getRow(0)).contains(head)).findFirst().orElseThrow();
	}

	private static List<String> cells(org.apache.poi.xwpf.usermodel.XWPFTableRow row) {
		return row.getTableCells().stream().map(XWPFTableCell::getText).toList();
	}

	private static void keep(String name, byte[] content) throws IOException {
		java.nio.file.Path folder = java.nio.file.Path.of("target", "reports");
		java.nio.file.Files.createDirectories(folder);
		java.nio.file.Files.write(folder.resolve(name), content);
	}

}
