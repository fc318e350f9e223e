package org.luoshi.evaluation;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.luoshi.indicator.CityShare;
import org.luoshi.indicator.Decomposition;
import org.luoshi.indicator.Decompositions;
import org.luoshi.indicator.FigureInput;
import org.luoshi.indicator.IndicatorCompletion;
import org.luoshi.indicator.IndicatorFigures;
import org.luoshi.indicator.IndicatorSummary;
import org.luoshi.indicator.Indicators;
import org.luoshi.indicator.SeedIndicators;
import org.luoshi.indicator.ShareEntry;
import org.luoshi.organisation.OrganisationDirectory;
import org.luoshi.plan.PlanRegister;
import org.luoshi.reporting.CycleOpening;
import org.luoshi.reporting.CycleProgress;
import org.luoshi.reporting.CycleView;
import org.luoshi.reporting.Cycles;
import org.luoshi.reporting.EntryChange;
import org.luoshi.reporting.EntryKind;
import org.luoshi.reporting.EntryView;
import org.luoshi.reporting.Escalations;
import org.luoshi.reporting.FigureEntry;
import org.luoshi.reporting.FigureView;
import org.luoshi.reporting.ReportDrafts;
import org.luoshi.reporting.ReportView;
import org.luoshi.reporting.ReportWorkflow;
import org.luoshi.reporting.Reports;

import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.luoshi.evaluation.EvaluationFixtures.as;
import static org.luoshi.evaluation.EvaluationFixtures.at;
import static org.luoshi.evaluation.EvaluationFixtures.office;

/**
 * The seed plan's 2011 as the responsibility assessment reads it, seeded through the
 * modules' own services (the departments enter their figures through their reports): 省林业厅
 * reports on time, every task completed and both forest indicators it leads on track;
 * 省环保厅 is escalated, reports three days late with one task lagging and misses 化学需氧量排放 (it
 * rose) while its other three pollutants are on track; the cultivated land (耕地保有量) is
 * split among the cities, 长春市 holds its share and reports on time but has its report
 * returned once, 白城市 reports on time and falls short of its share (64.5 of 64.9). The
 * clock ends on 10 April 2012.
 */
public final class AssessmentYear {

	/** 2011's deadline: 31 March 2012, 23:59 in Changchun. */
	static final LocalDateTime DEADLINE = LocalDateTime.of(2012, 3, 31, 23, 59);

	/** When 省环保厅 first submits: 2 days 10 hours after the deadline, so 3 days begun. */
	static final OffsetDateTime ENVIRONMENT_SUBMITS = OffsetDateTime.parse("2012-04-03T10:00:00+08:00");

	/** Each indicator's 2010 baseline and 2011 figure for the province. */
	static final Map<String, String[]> FIGURES = Map.of("森林覆盖率", new String[] { "43.0", "43.4" }, "森林蓄积量",
			new String[] { "9.0", "9.3" }, "化学需氧量排放", new String[] { "100", "101" }, "二氧化硫排放",
			new String[] { "100", "99" }, "氨氮排放", new String[] { "100", "97" }, "氮氧化物排放", new String[] { "100", "98" });

	/** The cities' shares of the 553 万公顷 in the split's order: 长春 128.6 … 白城 64.9. */
	static final String[] TARGETS = { "128.6", "84.3", "98.1", "22.4", "27.5", "10.3", "91.7", "64.9", "25.2" };

	private final ApplicationContext context;

	private final Map<Long, Object[]> baselines = new java.util.LinkedHashMap<>();

	public long plan;

	public long forestry;

	public long environment;

	public long changchun;

	public long baicheng;

	/** The cultivated land's city shares: 长春 128.6, 白城 64.9. */
	public long land;

	public CycleView cycle;

	private AssessmentYear(ApplicationContext context) {
		this.context = context;
	}

	public static AssessmentYear seeded(ApplicationContext context) {
		return new AssessmentYear(context).seedAll();
	}

	/** Empties the assessment's tables and the year's data. */
	public static void clear(JdbcClient jdbc) {
		EvaluationFixtures.clear(jdbc);
	}

	/**
	 * Leaves the database as the other tests expect it: no assessment (its rows name the
	 * cycle they clear) and the indicators' baselines as they were before the seeding.
	 */
	public void leaveNoTrace() {
		JdbcClient jdbc = bean(JdbcClient.class);
		EvaluationFixtures.clearAssessments(jdbc);
		this.baselines.forEach((id, before) -> jdbc
			.sql("update indicator set baseline_year = :year, baseline_value = :value where id = :id")
			.param("year", before[0])
			.param("value", before[1])
			.param("id", id)
			.update());
	}

	private <T> T bean(Class<T> type) {
		return this.context.getBean(type);
	}

	private SeedIndicators seed() {
		return new SeedIndicators(bean(Indicators.class), bean(PlanRegister.class));
	}

	private AssessmentYear seedAll() {
		clear(bean(JdbcClient.class));
		Clock clock = bean(Clock.class);
		at(clock, EvaluationFixtures.OPENING);
		this.plan = seed().planId();
		this.forestry = organisation("省林业厅");
		this.environment = organisation("省环保厅");
		FIGURES.forEach((name, values) -> {
			complete(name, values[0]);
		});
		splitLand();
		this.cycle = as(office(), () -> bean(Cycles.class).open(this.plan, new CycleOpening(2011, DEADLINE,
				List.of(this.forestry, this.environment, this.changchun, this.baicheng))));
		report(this.forestry, null);
		report(this.changchun, null);
		report(this.baicheng, null);
		returnOnce(this.changchun);
		at(clock, OffsetDateTime.parse("2012-04-02T09:00:00+08:00"));
		as(office(), () -> bean(Escalations.class).escalate(this.cycle.id(), this.environment, "请尽快报送"));
		long late = reportOf(this.environment);
		int version = as(office(), () -> bean(Reports.class).get(late)).version();
		as(office(), () -> bean(ReportWorkflow.class).grantException(late, version, "系统故障",
				OffsetDateTime.parse("2012-04-05T23:59:00+08:00")));
		at(clock, ENVIRONMENT_SUBMITS);
		report(this.environment, "化学需氧量排放");
		at(clock, EvaluationFixtures.WRITING);
		return this;
	}

	// the office splits the cultivated land among the cities and enters their 2011
	// figures
	private void splitLand() {
		this.land = seed().id("耕地保有量");
		Decompositions decompositions = bean(Decompositions.class);
		Decomposition split = as(office(), () -> decompositions.create(this.land));
		List<ShareEntry> shares = new ArrayList<>();
		for (int i = 0; i < split.shares().size(); i++) {
			shares.add(new ShareEntry(split.shares().get(i).organisationId(), new BigDecimal(TARGETS[i]), null));
		}
		as(office(), () -> {
			Decomposition saved = decompositions.updateShares(split.id(), split.version(), shares);
			decompositions.submit(saved.id());
			decompositions.approve(saved.id());
			decompositions.issue(saved.id());
		});
		for (int i = 0; i < split.shares().size(); i++) {
			CityShare share = split.shares().get(i);
			if (share.organisation().contains("长春")) {
				this.changchun = share.organisationId();
				enterLand(share.regionId(), "128.9");
			}
			else if (share.organisation().contains("白城")) {
				this.baicheng = share.organisationId();
				enterLand(share.regionId(), "64.5");
			}
			else {
				enterLand(share.regionId(), TARGETS[i]);
			}
		}
	}

	private void enterLand(Long regionId, String value) {
		as(office(), () -> bean(IndicatorFigures.class).enter(this.land,
				new FigureInput(regionId, 2011, value, "final", "国土资源年报", null)));
	}

	/**
	 * Fills the organisation's report — every task completed but the one lagging — and
	 * sends it.
	 */
	private void report(long organisation, String laggingIndicator) {
		long id = reportOf(organisation);
		as(EvaluationFixtures.reporter(organisation), () -> {
			ReportView report = bean(Reports.class).get(id);
			int version = report.version();
			boolean lagged = laggingIndicator == null;
			for (EntryView entry : report.entries()) {
				boolean lag = !lagged && entry.kind() != EntryKind.CONTRIBUTION;
				lagged = lagged || lag;
				EntryChange change = lag ? new EntryChange("lagging", "推进中", null, "资金不足", null)
						: new EntryChange("completed", "已按计划完成 " + entry.code(), null, null, null);
				version = bean(ReportDrafts.class).saveEntry(id, entry.taskId(), version, change).version();
				if (entry.kind() == EntryKind.LEAD) {
					version = bean(ReportDrafts.class).consolidate(id, entry.taskId(), version, "汇总各参与单位进展").version();
				}
			}
			for (FigureView figure : report.figures()) {
				if (figure.value() != null) {
					// entered already for its region by the office
					continue;
				}
				String value = (FIGURES.containsKey(figure.name())) ? FIGURES.get(figure.name())[1] : "1";
				version = bean(ReportDrafts.class)
					.enterFigure(id, figure.indicatorId(), version, new FigureEntry(value, "final", "统计公报", null))
					.version();
			}
			bean(ReportWorkflow.class).submit(id, version, "assessment-" + organisation);
		});
	}

	// the approver approves, the office returns it once, the reporter sends it again
	private void returnOnce(long organisation) {
		long id = reportOf(organisation);
		ReportWorkflow workflow = bean(ReportWorkflow.class);
		int v1 = as(office(), () -> bean(Reports.class).get(id)).version();
		as(EvaluationFixtures.approver(organisation), () -> workflow.approve(id, v1, null));
		int v2 = as(office(), () -> bean(Reports.class).get(id)).version();
		as(office(), () -> workflow.returnFromOffice(id, v2, "数据来源不清", null));
		int v3 = as(office(), () -> bean(Reports.class).get(id)).version();
		as(EvaluationFixtures.reporter(organisation),
				() -> workflow.submit(id, v3, "assessment-again-" + organisation));
	}

	private long reportOf(long organisation) {
		return as(office(), () -> bean(CycleProgress.class).dashboard(this.cycle.id())).organisations()
			.stream()
			.filter((o) -> o.organisationId() == organisation)
			.findFirst()
			.orElseThrow()
			.reportId();
	}

	public List<EntryView> entries(long organisation) {
		long id = reportOf(organisation);
		return as(office(), () -> bean(Reports.class).get(id)).entries();
	}

	private void complete(String name, String baseline) {
		IndicatorSummary indicator = seed().indicator(name);
		// what the indicator had, put back after the test: other tests count indicators
		// without a baseline
		this.baselines.put(indicator.id(), new Object[] { indicator.baselineYear(), indicator.baselineValue() });
		as(office(), () -> bean(Indicators.class).complete(indicator.id(), indicator.version(),
				new IndicatorCompletion(2010, new BigDecimal(baseline), null, null, null, null)));
	}

	private void enter(String name, Long region, String value) {
		as(office(), () -> bean(IndicatorFigures.class).enter(seed().id(name),
				new FigureInput(region, 2011, value, "final", "统计公报", null)));
	}

	private long organisation(String name) {
		return bean(OrganisationDirectory.class).resolve(name).orElseThrow().id();
	}

}
