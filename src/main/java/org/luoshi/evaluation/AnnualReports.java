package org.luoshi.evaluation;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.function.IntConsumer;

import org.luoshi.common.AuditedChange;
import org.luoshi.evaluation.internal.Access;
import org.luoshi.evaluation.internal.AnnualReportStore;
import org.luoshi.evaluation.internal.Comparer;
import org.luoshi.evaluation.internal.PublishedFigureStore;
import org.luoshi.evaluation.internal.ReportAssembler;
import org.luoshi.plan.PlanOverview;
import org.luoshi.plan.PlanRegister;
import org.luoshi.reporting.CycleView;
import org.luoshi.reporting.TaskOutcomes;
import org.luoshi.security.Actor;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The annual implementation report (规划实施年度进展情况报告) of a plan's year: generated from the
 * data as a numbered draft (1, 2, 3… per plan and year) that starts from the text of the
 * draft before it; the office writes its own sections (总体情况, 存在问题, 下一步工作), freezes a
 * draft — its numbers and text then never change — and publishes a frozen one. Drafts of
 * a year are compared with each other. The office does all this; leaders read.
 */
@Service
@Transactional(readOnly = true)
public class AnnualReports {

	private final AnnualReportStore reports;

	private final PublishedFigureStore figures;

	private final ReportAssembler assembler;

	private final PlanRegister plans;

	private final TaskOutcomes outcomes;

	private final Access access;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	AnnualReports(AnnualReportStore reports, PublishedFigureStore figures, ReportAssembler assembler,
			PlanRegister plans, TaskOutcomes outcomes, Access access, ApplicationEventPublisher events, Clock clock) {
		this.reports = reports;
		this.figures = figures;
		this.assembler = assembler;
		this.plans = plans;
		this.outcomes = outcomes;
		this.access = access;
		this.events = events;
		this.clock = clock;
	}

	/**
	 * Generates the next numbered draft of the plan's year from the data as it is now.
	 * @throws EvaluationRefusal.YearOutsidePlan for a year the plan does not cover
	 * @throws EvaluationRefusal.NoCycleForYear when no reporting cycle was opened for it
	 */
	@Transactional
	public AnnualReportView generate(long planId, int year) {
		return generate(planId, year, (step) -> {
		});
	}

	/** As {@link #generate(long, int)}, telling each step done. */
	@Transactional
	public AnnualReportView generate(long planId, int year, IntConsumer stepDone) {
		Actor office = this.access.office();
		CycleView cycle = check(planId, year);
		AnnualReportModel model = this.assembler.assemble(this.plans.plan(planId), cycle, stepDone);
		Narrative narrative = this.reports.latest(planId, year)
			.map(AnnualReportView::narrative)
			.orElse(Narrative.empty());
		int number = this.reports.nextNumber(planId, year);
		long id = this.reports.insert(model, number, narrative, office.username(), OffsetDateTime.now(this.clock));
		audit(office, "evaluation.report-generated", id, year, number);
		return require(id);
	}

	/**
	 * Checks that a report on the year can be generated, before any work starts.
	 * @return the year's reporting cycle
	 */
	public CycleView check(long planId, int year) {
		this.access.office();
		PlanOverview plan = this.plans.plan(planId);
		if (plan.startYear() != null && plan.endYear() != null && (year < plan.startYear() || year > plan.endYear())) {
			throw new EvaluationRefusal.YearOutsidePlan(year, plan.startYear(), plan.endYear());
		}
		return this.outcomes.cycle(planId, year).orElseThrow(() -> new EvaluationRefusal.NoCycleForYear(year));
	}

	/** The plan's drafts, of one year or (null) of all, newest first. */
	public List<AnnualReportSummary> ofPlan(long planId, Integer year) {
		this.access.reader();
		this.plans.plan(planId);
		return this.reports.ofPlan(planId, year);
	}

	/**
	 * @throws EvaluationRefusal.ReportNotFound if no draft has the id
	 */
	public AnnualReportView get(long id) {
		this.access.reader();
		return require(id);
	}

	/**
	 * Saves the office's sections if the draft is still at the version the writer read.
	 * @throws EvaluationRefusal.NarrativeChangedMeanwhile when somebody saved meanwhile
	 * @throws EvaluationRefusal.ReportFrozen once the draft is frozen
	 */
	@Transactional
	public AnnualReportView saveNarrative(long id, int expectedVersion, Narrative narrative) {
		Actor office = this.access.office();
		AnnualReportSummary report = require(id).summary();
		if (report.state() != AnnualReportState.DRAFT) {
			throw new EvaluationRefusal.ReportFrozen(report.number());
		}
		if (!this.reports.saveNarrative(id, expectedVersion, trimmed(narrative))) {
			AnnualReportSummary now = require(id).summary();
			if (now.state() != AnnualReportState.DRAFT) {
				throw new EvaluationRefusal.ReportFrozen(now.number());
			}
			throw new EvaluationRefusal.NarrativeChangedMeanwhile(expectedVersion, now.version());
		}
		audit(office, "evaluation.narrative-saved", id, report.year(), report.number());
		return require(id);
	}

	/**
	 * Freezes the draft: its numbers and text never change again.
	 * @throws EvaluationRefusal.AlreadyFrozen when it is frozen or published already
	 */
	@Transactional
	public AnnualReportView freeze(long id) {
		Actor office = this.access.office();
		AnnualReportSummary report = require(id).summary();
		if (report.state() != AnnualReportState.DRAFT
				|| !this.reports.freeze(id, office.username(), OffsetDateTime.now(this.clock))) {
			throw new EvaluationRefusal.AlreadyFrozen(report.number());
		}
		audit(office, "evaluation.report-frozen", id, report.year(), report.number());
		return require(id);
	}

	/**
	 * Publishes a frozen report to the portal. A report on a year that has one published
	 * already replaces it before the public, with the reason given.
	 * @throws EvaluationRefusal.DraftNotFrozen for a draft not frozen
	 * @throws EvaluationRefusal.AlreadyPublished when it is published already
	 * @throws EvaluationRefusal.RevisionReasonRequired when it replaces one without a
	 * reason
	 */
	@Transactional
	public AnnualReportView publish(long id, String reason) {
		Actor office = this.access.office();
		AnnualReportView report = require(id);
		AnnualReportSummary summary = report.summary();
		if (summary.state() == AnnualReportState.DRAFT) {
			throw new EvaluationRefusal.DraftNotFrozen(summary.number());
		}
		if (summary.state() == AnnualReportState.PUBLISHED) {
			throw new EvaluationRefusal.AlreadyPublished(summary.number());
		}
		String why = (reason == null || reason.isBlank()) ? null : reason.strip();
		if (why == null && this.reports.publishedOn(summary.planId(), summary.year()).isPresent()) {
			throw new EvaluationRefusal.RevisionReasonRequired(summary.year());
		}
		OffsetDateTime now = OffsetDateTime.now(this.clock);
		if (!this.reports.publish(id, why, office.username(), now)) {
			throw new EvaluationRefusal.AlreadyPublished(summary.number());
		}
		this.figures.publish(id, report.model(), now);
		audit(office, "evaluation.report-published", id, summary.year(), summary.number());
		this.events.publishEvent(
				new AnnualReportPublished(id, summary.planId(), summary.year(), summary.number(), office.username()));
		return require(id);
	}

	/**
	 * What changed from one draft to another of the same year.
	 * @throws EvaluationRefusal.NotComparable for drafts of different plans or years
	 */
	public ReportComparison compare(long fromId, long toId) {
		this.access.reader();
		AnnualReportView from = require(fromId);
		AnnualReportView to = require(toId);
		if (from.summary().planId() != to.summary().planId() || from.summary().year() != to.summary().year()) {
			throw new EvaluationRefusal.NotComparable(fromId, toId);
		}
		return new ReportComparison(fromId, from.summary().number(), toId, to.summary().number(),
				Comparer.changes(from.model(), to.model()));
	}

	private AnnualReportView require(long id) {
		return this.reports.find(id).orElseThrow(() -> new EvaluationRefusal.ReportNotFound(id));
	}

	private void audit(Actor actor, String action, long id, int year, int number) {
		this.events
			.publishEvent(new AuditedChange(actor.username(), action, "annual-report:" + id, year + " #" + number));
	}

	private static Narrative trimmed(Narrative n) {
		return new Narrative(blankToNull(n.overall()), blankToNull(n.problems()), blankToNull(n.nextSteps()));
	}

	private static String blankToNull(String text) {
		return (text == null || text.isBlank()) ? null : text.strip();
	}

}
