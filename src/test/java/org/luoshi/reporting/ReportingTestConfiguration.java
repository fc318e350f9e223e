package org.luoshi.reporting;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneId;

import org.luoshi.testing.SettableClock;

import org.luoshi.organisation.OrganisationDirectory;
import org.luoshi.plan.PlanRegister;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;

/**
 * The clock the reporting tests set: it starts on 10 January 2012, with the 2011 cycle
 * about to open, and every component that reads "now" reads it.
 */
@TestConfiguration(proxyBeanMethods = false)
public class ReportingTestConfiguration {

	public static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

	/** When the tests' cycles open: 10 January 2012, 09:00 in Changchun. */
	public static final OffsetDateTime OPENING = OffsetDateTime.of(2012, 1, 10, 9, 0, 0, 0,
			SHANGHAI.getRules().getOffset(java.time.LocalDateTime.of(2012, 1, 10, 9, 0)));

	/** The default deadline of the 2011 cycle: 31 March 2012, 23:59 in Changchun. */
	public static final OffsetDateTime DEADLINE_2011 = OffsetDateTime.of(2012, 3, 31, 23, 59, 0, 0,
			OPENING.getOffset());

	@Bean
	@Primary
	SettableClock settableClock() {
		return new SettableClock(OPENING.toInstant(), SHANGHAI);
	}

	@Bean
	ReportingStage reportingStage(JdbcClient jdbc, Clock clock, PlanRegister register, OrganisationDirectory directory,
			Cycles cycles, CycleProgress progress) {
		return new ReportingStage(jdbc, clock, register, directory, cycles, progress);
	}

	/** The clock tests set: the primary one. */
	static SettableClock of(Clock clock) {
		return (SettableClock) clock;
	}

}
