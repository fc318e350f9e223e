package org.luoshi.bench;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;

import org.luoshi.LuoshiApplication;
import org.luoshi.evaluation.AnnualReportDocuments;
import org.luoshi.evaluation.AnnualReportView;
import org.luoshi.evaluation.AnnualReports;
import org.luoshi.indicator.IndicatorCompletion;
import org.luoshi.indicator.IndicatorSummary;
import org.luoshi.indicator.IndicatorFigures;
import org.luoshi.indicator.Indicators;
import org.luoshi.indicator.FigureInput;
import org.luoshi.plan.PlanRegister;
import org.luoshi.reporting.CycleProgress;
import org.luoshi.reporting.CycleView;
import org.luoshi.reporting.Cycles;
import org.luoshi.reporting.EntryChange;
import org.luoshi.reporting.EntryKind;
import org.luoshi.reporting.EntryView;
import org.luoshi.reporting.FigureEntry;
import org.luoshi.reporting.FigureView;
import org.luoshi.reporting.OrganisationProgress;
import org.luoshi.reporting.ReportDrafts;
import org.luoshi.reporting.ReportView;
import org.luoshi.reporting.ReportWorkflow;
import org.luoshi.reporting.Reports;
import org.luoshi.security.Actor;
import org.luoshi.security.CurrentActor;
import org.luoshi.security.Role;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * How long the annual report of the seed plan's 2011 takes: generating a draft (the
 * indicators as they stood, the city roll-ups, every task's status from the year's
 * reports, timeliness, saved as JSON) and writing it as .docx and PDF with its charts.
 * Starts the application with the demo data on a throw-away in-memory database, gives
 * every binding and expected indicator a baseline and a 2011 figure, has every
 * organisation of the demo cycle write and submit its report, then warms up and prints
 * the median, 95th percentile and maximum of each against the goal of 2 s. A figure to
 * read, not a test: {@code mvn -q -DskipTests test-compile exec:exec@report-benchmark}.
 */
public final class AnnualReportBenchmark {

	private static final int WARM_UP = 5;

	private static final int RUNS = 20;

	private static final double GOAL_MILLIS = 2000;

	private AnnualReportBenchmark() {
	}

	public static void main(String[] args) {
		try (ConfigurableApplicationContext context = new SpringApplicationBuilder(LuoshiApplication.class).run(
				"--spring.main.web-application-type=none", "--luoshi.demo.enabled=true", "--luoshi.demo.cycle=true",
				"--logging.level.root=WARN")) {
			CurrentActor actors = context.getBean(CurrentActor.class);
			Actor office = new Actor(0, "office", "office", Role.OFFICE, null);
			long plan = context.getBean(PlanRegister.class).plans().get(0).id();
			// entered as the office would: the indicator services act for a signed-in
			// user
			context.getBean(org.luoshi.security.CurrentActor.class)
				.actingAs(new org.luoshi.security.Actor(0, "office", "office", org.luoshi.security.Role.OFFICE, null),
						() -> {
							figures(context, plan);
							return null;
						});
			int submitted = reports(context, actors, office, plan);
			System.out.printf("seed plan, 2011: %d reports submitted%n", submitted);
			AnnualReports reports = context.getBean(AnnualReports.class);
			AnnualReportDocuments documents = context.getBean(AnnualReportDocuments.class);
			AnnualReportView draft = actors.actingAs(office, () -> reports.generate(plan, 2011));
			System.out.printf("%-32s %8s %8s %8s %8s%n", "(ms, " + RUNS + " runs)", "median", "p95", "max", "goal÷");
			print("generate a draft", time(() -> actors.actingAs(office, () -> reports.generate(plan, 2011))));
			print("write .docx (charts included)",
					time(() -> actors.actingAs(office, () -> documents.docx(draft.id(), Locale.SIMPLIFIED_CHINESE))));
			print("write PDF (charts included)",
					time(() -> actors.actingAs(office, () -> documents.pdf(draft.id(), Locale.SIMPLIFIED_CHINESE))));
		}
	}

	private static void figures(ConfigurableApplicationContext context, long plan) {
		Indicators indicators = context.getBean(Indicators.class);
		IndicatorFigures values = context.getBean(IndicatorFigures.class);
		for (IndicatorSummary i : indicators.ofPlan(plan)) {
			if (i.baselineValue() == null && i.kind().endsWith("by-percent")) {
				indicators.complete(i.id(), i.version(),
						new IndicatorCompletion(2010, java.math.BigDecimal.valueOf(100), null, null, null, null));
			}
		}
		for (IndicatorSummary i : indicators.ofPlan(plan)) {
			String value = i.kind().endsWith("by-percent") ? "97" : i.target().toPlainString();
			try {
				values.enter(i.id(), new FigureInput(null, 2011, value, "final", "benchmark", null));
			}
			catch (RuntimeException ex) {
				// a figure the checks refuse is left out, as an office would
			}
		}
	}

	private static int reports(ConfigurableApplicationContext context, CurrentActor actors, Actor office, long plan) {
		CycleView cycle = actors.actingAs(office, () -> context.getBean(Cycles.class).ofPlan(plan).get(0));
		List<OrganisationProgress> organisations = actors
			.actingAs(office, () -> context.getBean(CycleProgress.class).dashboard(cycle.id()))
			.organisations();
		Reports reports = context.getBean(Reports.class);
		ReportDrafts drafts = context.getBean(ReportDrafts.class);
		ReportWorkflow workflow = context.getBean(ReportWorkflow.class);
		int submitted = 0;
		String[] statuses = { "completed", "in-progress", "in-progress", "lagging", "completed", "blocked" };
		// twice: a lead consolidates the input submitted in the first round
		for (int round = 0; round < 2; round++) {
			for (OrganisationProgress o : organisations) {
				Actor reporter = new Actor(0, "reporter", "reporter", Role.REPORTER, o.organisationId());
				try {
					actors.actingAs(reporter, () -> {
						ReportView report = reports.get(o.reportId());
						if (report.state().submitted()) {
							return null;
						}
						int version = report.version();
						for (EntryView e : report.entries()) {
							version = drafts
								.saveEntry(report.id(), e.taskId(), version,
										new EntryChange(statuses[(int) (e.taskId() % statuses.length)],
												"benchmark " + e.code(), null, "problem " + e.code(), null))
								.version();
							if (e.kind() == EntryKind.LEAD && e.contributions() > 0) {
								version = drafts.consolidate(report.id(), e.taskId(), version, "consolidated")
									.version();
							}
						}
						for (FigureView f : report.figures()) {
							if (f.valueId() == null) {
								version = drafts
									.enterFigure(report.id(), f.indicatorId(), version,
											new FigureEntry("1", "final", "benchmark", null))
									.version();
							}
						}
						return workflow.submit(report.id(), version, "benchmark-" + o.reportId());
					});
				}
				catch (RuntimeException ex) {
					// left for the second round, or missing
				}
			}
		}
		for (OrganisationProgress o : organisations) {
			Actor reporter = new Actor(0, "reporter", "reporter", Role.REPORTER, o.organisationId());
			if (actors.actingAs(reporter, () -> reports.get(o.reportId())).state().submitted()) {
				submitted++;
			}
		}
		return submitted;
	}

	private static long[] time(Supplier<?> work) {
		for (int i = 0; i < WARM_UP; i++) {
			work.get();
		}
		long[] micros = new long[RUNS];
		for (int i = 0; i < RUNS; i++) {
			long start = System.nanoTime();
			work.get();
			micros[i] = (System.nanoTime() - start) / 1000;
		}
		Arrays.sort(micros);
		return micros;
	}

	private static void print(String name, long[] micros) {
		double median = micros[RUNS / 2] / 1000.0;
		System.out.printf("%-32s %8.1f %8.1f %8.1f %7.1fx%n", name, median, micros[RUNS * 95 / 100 - 1] / 1000.0,
				micros[RUNS - 1] / 1000.0, GOAL_MILLIS / median);
	}

}
