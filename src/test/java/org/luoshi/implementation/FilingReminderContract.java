package org.luoshi.implementation;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.luoshi.implementation.internal.FilingReminderJob;
import org.luoshi.reporting.ReportingTestConfiguration;
import org.luoshi.security.SecurityFixtures;
import org.luoshi.testing.SettableClock;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.luoshi.implementation.ImplementationFixtures.as;

/**
 * The application's own filing reminders, as reports get theirs: nothing before the week
 * ahead of the deadline, once in that week to every organisation that has not filed, once
 * more after the deadline, never twice for one occasion (a second node running the same
 * job sends nothing), and again when the office moves the deadline. Runs on H2 and
 * PostgreSQL (see the two subclasses).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.NONE, properties = "luoshi.demo.enabled=true")
@Import(ReportingTestConfiguration.class)
abstract class FilingReminderContract {

	@Autowired
	FilingReminderJob job;

	@Autowired
	Filings filings;

	@Autowired
	ImplementationPlans plans;

	@Autowired
	Clock clock;

	@Autowired
	JdbcClient jdbc;

	long plan;

	long nongwei;

	@BeforeEach
	void seed() {
		ImplementationFixtures.clear(this.jdbc);
		this.plan = ImplementationFixtures.plan(this.jdbc);
		this.nongwei = ImplementationFixtures.organisation(this.jdbc, "省农委");
	}

	@AfterEach
	void leaveNoTrace() {
		ImplementationFixtures.clear(this.jdbc);
		at("2012-01-10T09:00:00+08:00");
	}

	void at(String when) {
		((SettableClock) this.clock).set(OffsetDateTime.parse(when));
	}

	int notices(String occasion) {
		return this.jdbc.sql("select count(*) from implementation_reminder where occasion like :o")
			.param("o", occasion + "%")
			.query(Integer.class)
			.single();
	}

	@Test
	void theMissingAreRemindedOnceBeforeAndOnceAfterTheDeadline() {
		long task = ImplementationFixtures.tasksOf(this.jdbc, this.nongwei).get(0);
		ImplementationPlanView drafted = as(SecurityFixtures.reporterOf(this.nongwei),
				() -> this.plans.addMeasure(this.plan, this.nongwei, 0,
						new MeasureInput(task, "措施", null, null, null, java.util.List.of())));
		var approver = SecurityFixtures.approverOf(this.nongwei);
		as(approver, () -> this.plans.file(this.plan, this.nongwei,
				as(approver, () -> this.plans.approve(this.plan, this.nongwei, drafted.version())).version()));
		as(SecurityFixtures.office(), () -> this.filings.setDeadline(this.plan, LocalDate.of(2012, 6, 30)));
		int missing = as(SecurityFixtures.office(), () -> this.filings.status(this.plan)).missing().size();

		at("2012-06-22T09:00:00+08:00");
		assertThat(this.job.sendDue()).isZero();
		at("2012-06-23T09:00:00+08:00");
		assertThat(this.job.sendDue()).isEqualTo(missing);
		assertThat(this.job.sendDue()).as("a second run, or another node").isZero();
		assertThat(notices("before:2012-06-30")).isEqualTo(missing);
		assertThat(this.jdbc.sql("select count(*) from implementation_reminder where organisation_id = :o")
			.param("o", this.nongwei)
			.query(Integer.class)
			.single()).as("省农委 filed").isZero();
		assertThat(this.jdbc.sql("select count(*) from reporting_notification where kind = 'filing-reminder'")
			.query(Integer.class)
			.single()).isEqualTo(missing);

		at("2012-07-01T09:00:00+08:00");
		assertThat(this.job.sendDue()).isEqualTo(missing);
		assertThat(this.job.sendDue()).isZero();
		assertThat(notices("overdue:2012-06-30")).isEqualTo(missing);

		as(SecurityFixtures.office(), () -> this.filings.setDeadline(this.plan, LocalDate.of(2012, 7, 5)));
		assertThat(this.job.sendDue()).as("a new deadline is a new occasion").isEqualTo(missing);
		assertThat(as(SecurityFixtures.office(), () -> this.filings.status(this.plan)).missing())
			.allSatisfy((r) -> assertThat(r.reminders()).isEqualTo(3));
	}

}
