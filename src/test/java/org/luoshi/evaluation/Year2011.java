package org.luoshi.evaluation;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;

import org.luoshi.indicator.IndicatorCompletion;
import org.luoshi.indicator.IndicatorSummary;
import org.luoshi.indicator.IndicatorFigures;
import org.luoshi.indicator.Indicators;
import org.luoshi.indicator.SeedIndicators;
import org.luoshi.indicator.FigureInput;
import org.luoshi.organisation.OrganisationDirectory;
import org.luoshi.plan.PlanRegister;
import org.luoshi.reporting.CycleOpening;
import org.luoshi.reporting.CycleProgress;
import org.luoshi.reporting.CycleView;
import org.luoshi.reporting.Cycles;
import org.luoshi.reporting.EntryChange;
import org.luoshi.reporting.EntryKind;
import org.luoshi.reporting.EntryView;
import org.luoshi.reporting.FigureEntry;
import org.luoshi.reporting.FigureView;
import org.luoshi.reporting.ReportDrafts;
import org.luoshi.reporting.ReportView;
import org.luoshi.reporting.ReportWorkflow;
import org.luoshi.reporting.Reports;
import org.luoshi.security.Actor;

import org.springframework.jdbc.core.simple.JdbcClient;

import static org.luoshi.evaluation.EvaluationFixtures.as;
import static org.luoshi.evaluation.EvaluationFixtures.at;
import static org.luoshi.evaluation.EvaluationFixtures.office;

/**
 * The seed plan's first year, seeded through the modules' own services as the people
 * would: the office completes baselines and enters figures (one indicator of each kind),
 * opens the 2011 cycle for three organisations; 省农委 reports on time with one task lagging
 * and one blocked, 省林业厅 reports its forest figures two days late under an exception, 省旅游局
 * never reports. The clock ends on 10 April 2012, when the office writes the report.
 */
public final class Year2011 {

	/** 省农委's problems on the task it reports lagging. */
	public static final String LAGGING_PROBLEM = "土地流转资金到位率低";

	/** 省农委's problems on the task it reports blocked. */
	public static final String BLOCKED_PROBLEM = "建设用地指标不足";

	// named, so that the report does not hang on the deadline the plan's notice orders
	private static final java.time.LocalDateTime DEADLINE = java.time.LocalDateTime.of(2012, 3, 31, 23, 59);

	private final Indicators indicators;

	private final IndicatorFigures values;

	private final Cycles cycles;

	private final CycleProgress progress;

	private final Reports reports;

	private final ReportDrafts drafts;

	private final ReportWorkflow workflow;

	private final OrganisationDirectory directory;

	private final PlanRegister plans;

	private final JdbcClient jdbc;

	private final Clock clock;

	public long plan;

	public long nongwei;

	public long forestry;

	public long tourism;

	public EntryView lagging;

	public EntryView blocked;

	public CycleView cycle;

	/** The year seeded on the application's own services. */
	public static Year2011 seeded(org.springframework.context.ApplicationContext context) {
		return new Year2011(context.getBean(Indicators.class), context.getBean(IndicatorFigures.class),
				context.getBean(Cycles.class), context.getBean(CycleProgress.class), context.getBean(Reports.class),
				context.getBean(ReportDrafts.class), context.getBean(ReportWorkflow.class),
				context.getBean(OrganisationDirectory.class), context.getBean(PlanRegister.class),
				context.getBean(JdbcClient.class), context.getBean(Clock.class))
			.seedAll();
	}

	public Year2011(Indicators indicators, IndicatorFigures values, Cycles cycles, CycleProgress progress,
			Reports reports, ReportDrafts drafts, ReportWorkflow workflow, OrganisationDirectory directory,
			PlanRegister plans, JdbcClient jdbc, Clock clock) {
		this.indicators = indicators;
		this.values = values;
		this.cycles = cycles;
		this.progress = progress;
		this.reports = reports;
		this.drafts = drafts;
		this.workflow = workflow;
		this.directory = directory;
		this.plans = plans;
		this.jdbc = jdbc;
		this.clock = clock;
	}

	public SeedIndicators seed() {
		return new SeedIndicators(this.indicators, this.plans);
	}

	public Year2011 seedAll() {
		EvaluationFixtures.clear(this.jdbc);
		at(this.clock, EvaluationFixtures.OPENING);
		this.plan = seed().planId();
		this.nongwei = organisation("省农委");
		this.forestry = organisation("省林业厅");
		this.tourism = organisation("省旅游局");
		baselines();
		figures();
		this.cycle = as(office(), () -> this.cycles.open(this.plan,
				new CycleOpening(2011, DEADLINE, List.of(this.nongwei, this.forestry, this.tourism))));
		reportOnTime();
		reportLate();
		at(this.clock, EvaluationFixtures.WRITING);
		return this;
	}

	/** Enters (or revises) a figure of the plan's own region as the office. */
	public void enter(String indicator, int year, String value, String status, String reason) {
		EvaluationFixtures.as(EvaluationFixtures.office(), () -> this.values.enter(seed().id(indicator),
				new FigureInput(null, year, value, status, "统计公报", reason)));
	}

	private void baselines() {
		complete("森林覆盖率", "43.0");
		complete("单位地区生产总值能源消耗", "1.0");
		complete("单位地区生产总值二氧化碳排放", "1.0");
		complete("化学需氧量排放", "100");
		complete("九年义务教育巩固率", "95");
	}

	private void complete(String name, String baseline) {
		IndicatorSummary indicator = seed().indicator(name);
		EvaluationFixtures.as(EvaluationFixtures.office(), () -> this.indicators.complete(indicator.id(),
				indicator.version(), new IndicatorCompletion(2010, new BigDecimal(baseline), null, null, null, null)));
	}

	private void figures() {
		enter("耕地保有量", 2011, "553.6", "final", null);
		enter("全省总人口", 2011, "2749.4", "final", null);
		enter("单位地区生产总值能源消耗", 2011, "0.965", "final", null);
		enter("单位地区生产总值二氧化碳排放", 2011, "0.99", "final", null);
		enter("化学需氧量排放", 2011, "101", "final", null);
		enter("城镇保障性安居工程建设", 2011, "14.0", "final", null);
		enter("九年义务教育巩固率", 2011, "99.2", "final", null);
	}

	private void reportOnTime() {
		long id = reportOf(this.nongwei);
		Actor reporter = EvaluationFixtures.reporter(this.nongwei);
		as(reporter, () -> {
			ReportView report = this.reports.get(id);
			List<EntryView> own = report.entries().stream().filter((e) -> e.kind() != EntryKind.CONTRIBUTION).toList();
			this.lagging = own.get(0);
			this.blocked = own.get(1);
			int version = report.version();
			for (EntryView entry : report.entries()) {
				EntryChange change = (entry.taskId() == this.lagging.taskId())
						? new EntryChange("lagging", "推进土地流转", null, LAGGING_PROBLEM, null)
						: (entry.taskId() == this.blocked.taskId())
								? new EntryChange("blocked", "项目前期工作", null, BLOCKED_PROBLEM, null)
								: new EntryChange("completed", "已按计划完成 " + entry.code(), null, null, null);
				version = this.drafts.saveEntry(id, entry.taskId(), version, change).version();
			}
			for (FigureView figure : report.figures()) {
				version = this.drafts
					.enterFigure(id, figure.indicatorId(), version, new FigureEntry("1", "final", "统计公报", null))
					.version();
			}
			this.workflow.submit(id, version, "nongwei-2011");
		});
	}

	private void reportLate() {
		long id = reportOf(this.forestry);
		at(this.clock, OffsetDateTime.parse("2012-04-02T10:00:00+08:00"));
		int version = as(office(), () -> this.reports.get(id)).version();
		as(office(), () -> this.workflow.grantException(id, version, "系统故障",
				OffsetDateTime.parse("2012-04-05T23:59:00+08:00")));
		Actor reporter = EvaluationFixtures.reporter(this.forestry);
		as(reporter, () -> {
			ReportView report = this.reports.get(id);
			int v = report.version();
			for (EntryView entry : report.entries()) {
				v = this.drafts
					.saveEntry(id, entry.taskId(), v,
							new EntryChange("in-progress", "稳步推进 " + entry.code(), null, null, null))
					.version();
			}
			for (FigureView figure : report.figures()) {
				String value = figure.name().equals("森林覆盖率") ? "43.4" : "9.3";
				v = this.drafts
					.enterFigure(id, figure.indicatorId(), v, new FigureEntry(value, "final", "森林资源清查", null))
					.version();
			}
			this.workflow.submit(id, v, "forestry-2011");
		});
	}

	private long reportOf(long organisation) {
		return as(office(), () -> this.progress.dashboard(this.cycle.id())).organisations()
			.stream()
			.filter((o) -> o.organisationId() == organisation)
			.findFirst()
			.orElseThrow()
			.reportId();
	}

	private long organisation(String name) {
		return this.directory.resolve(name).orElseThrow().id();
	}

}
