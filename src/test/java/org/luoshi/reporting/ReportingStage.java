package org.luoshi.reporting;

import java.time.Clock;
import java.util.List;

import org.luoshi.implementation.ImplementationFixtures;
import org.luoshi.organisation.OrganisationDirectory;
import org.luoshi.plan.PlanRegister;

import org.springframework.jdbc.core.simple.JdbcClient;

import static org.luoshi.reporting.ReportingFixtures.as;
import static org.luoshi.reporting.ReportingFixtures.office;

/**
 * The one set-up every reporting test starts from: the reporting tables emptied, the
 * clock on the day the 2011 cycle opens, the seed plan, and — where a test asks — the
 * 2011 cycle opened by the office and an organisation's report in it. Made by
 * {@link ReportingTestConfiguration} for every test that imports it.
 */
public class ReportingStage {

	private final JdbcClient jdbc;

	private final Clock clock;

	private final PlanRegister register;

	private final OrganisationDirectory directory;

	private final Cycles cycles;

	private final CycleProgress progress;

	ReportingStage(JdbcClient jdbc, Clock clock, PlanRegister register, OrganisationDirectory directory, Cycles cycles,
			CycleProgress progress) {
		this.jdbc = jdbc;
		this.clock = clock;
		this.register = register;
		this.directory = directory;
		this.cycles = cycles;
		this.progress = progress;
	}

	/**
	 * Empties the reporting tables and sets the clock to the opening day.
	 * @return the seed plan's id
	 */
	long afresh() {
		// the demo's implementation plans add milestones to a report of 2012, which a
		// test
		// of the reports themselves must not depend on (or on the order tests run in)
		ImplementationFixtures.clear(this.jdbc);
		ReportingFixtures.clear(this.jdbc);
		ReportingTestConfiguration.of(this.clock).set(ReportingTestConfiguration.OPENING);
		return ReportingFixtures.seedPlan(this.register);
	}

	/** The clock the application reads, which tests set. */
	Clock clock() {
		return this.clock;
	}

	/** The organisation of that name in the demo directory. */
	long organisation(String name) {
		return ReportingFixtures.organisation(this.directory, name);
	}

	/**
	 * The office opens the seed plan's 2011 cycle, for the organisations named or, with
	 * none, for every organisation with a task.
	 */
	CycleView open2011(Long... organisations) {
		long plan = ReportingFixtures.seedPlan(this.register);
		return as(office(), () -> this.cycles.open(plan, new CycleOpening(2011, null, List.of(organisations))));
	}

	/** The report of the organisation in the cycle. */
	long reportOf(long cycleId, long organisationId) {
		return as(office(), () -> this.progress.dashboard(cycleId)).organisations()
			.stream()
			.filter((o) -> o.organisationId() == organisationId)
			.findFirst()
			.orElseThrow()
			.reportId();
	}

}
