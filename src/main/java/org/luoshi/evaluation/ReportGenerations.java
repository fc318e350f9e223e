package org.luoshi.evaluation;

import java.time.Clock;
import java.time.OffsetDateTime;

import org.luoshi.evaluation.internal.Access;
import org.luoshi.evaluation.internal.GenerationStore;
import org.luoshi.evaluation.internal.ReportAssembler;
import org.luoshi.security.Actor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.core.task.TaskExecutor;
import org.springframework.security.concurrent.DelegatingSecurityContextRunnable;
import org.springframework.stereotype.Service;

/**
 * A draft generated in the background while the page shows how far it got: the request is
 * checked at once (year, cycle, role — refused on the spot), then the work runs on the
 * application's task executor as the office user who asked, each step written where any
 * node's poll reads it.
 */
@Service
public class ReportGenerations {

	private static final Logger log = LoggerFactory.getLogger(ReportGenerations.class);

	// the assembler's steps and the saving of the draft
	private static final int STEPS = ReportAssembler.STEPS + 1;

	private final AnnualReports reports;

	private final GenerationStore generations;

	private final Access access;

	private final TaskExecutor executor;

	private final Clock clock;

	ReportGenerations(AnnualReports reports, GenerationStore generations, Access access,
			@Qualifier("applicationTaskExecutor") TaskExecutor executor, Clock clock) {
		this.reports = reports;
		this.generations = generations;
		this.access = access;
		this.executor = executor;
		this.clock = clock;
	}

	/**
	 * Starts generating the next draft of the plan's year.
	 * @return the generation, to poll
	 * @throws EvaluationRefusal as {@link AnnualReports#generate(long, int)} does, before
	 * anything starts
	 */
	public Generation start(long planId, int year) {
		Actor office = this.access.office();
		this.reports.check(planId, year);
		long id = this.generations.start(planId, year, STEPS, office.username(), OffsetDateTime.now(this.clock));
		this.executor.execute(new DelegatingSecurityContextRunnable(() -> run(id, planId, year)));
		return this.generations.find(id).orElseThrow();
	}

	/**
	 * @throws EvaluationRefusal.ReportNotFound when no generation has the id
	 */
	public Generation get(long id) {
		this.access.reader();
		return this.generations.find(id).orElseThrow(() -> new EvaluationRefusal.ReportNotFound(id));
	}

	private void run(long id, long planId, int year) {
		try {
			AnnualReportView draft = this.reports.generate(planId, year, (step) -> this.generations.step(id, step));
			this.generations.done(id, draft.id());
		}
		catch (RuntimeException ex) {
			log.warn("Generating the report of plan {} on {} failed", planId, year, ex);
			this.generations.failed(id, String.valueOf(ex.getMessage()));
		}
	}

}
