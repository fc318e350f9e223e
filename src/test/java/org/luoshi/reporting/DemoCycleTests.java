package org.luoshi.reporting;

import java.time.OffsetDateTime;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.luoshi.organisation.OrganisationDirectory;
import org.luoshi.plan.PlanRegister;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.luoshi.reporting.ReportingFixtures.as;
import static org.luoshi.reporting.ReportingFixtures.office;

/**
 * The demo data opens the first year's cycle of the seed plan, due on a 31 March still
 * ahead, so that the demo reporter of 省农委 finds a report with its 27 tasks.
 */
@SpringBootTest(properties = { "luoshi.demo.enabled=true", "luoshi.demo.cycle=true" })
class DemoCycleTests {

	@Autowired
	Cycles cycles;

	@Autowired
	Reports reports;

	@Autowired
	PlanRegister register;

	@Autowired
	OrganisationDirectory directory;

	@Test
	void theDemoOpensTheFirstYearDueOnTheNext31MarchAhead() {
		long plan = ReportingFixtures.seedPlan(this.register);
		List<CycleView> opened = as(office(), () -> this.cycles.ofPlan(plan));
		assertThat(opened).singleElement().satisfies((cycle) -> {
			assertThat(cycle.year()).isEqualTo(2011);
			assertThat(cycle.deadline()).isAfter(OffsetDateTime.now());
			assertThat(cycle.deadline()).isBefore(OffsetDateTime.now().plusYears(1));
			assertThat(cycle.deadline().getMonthValue()).isEqualTo(3);
			assertThat(cycle.deadline().getDayOfMonth()).isEqualTo(31);
		});
		long nongwei = ReportingFixtures.organisation(this.directory, "省农委");
		List<ReportSummary> mine = as(ReportingFixtures.reporter("nongwei", nongwei), () -> this.reports.mine());
		assertThat(mine).singleElement().satisfies((report) -> assertThat(report.entries()).isEqualTo(27));
	}

}
