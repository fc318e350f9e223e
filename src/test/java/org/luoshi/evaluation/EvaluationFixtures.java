package org.luoshi.evaluation;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.function.Supplier;

import org.luoshi.security.Actor;
import org.luoshi.security.Role;
import org.luoshi.security.SecurityFixtures;
import org.luoshi.testing.SettableClock;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * What the evaluation tests share: acting as a user, setting the clock, clearing the
 * tables the year's data lives in so that each test seeds its own.
 */
public final class EvaluationFixtures {

	/** When the 2011 cycle opens: 10 January 2012, 09:00 in Changchun. */
	public static final OffsetDateTime OPENING = OffsetDateTime.parse("2012-01-10T09:00:00+08:00");

	/** When the office writes the 2011 report: 10 April 2012, after the deadline. */
	public static final OffsetDateTime WRITING = OffsetDateTime.parse("2012-04-10T09:00:00+08:00");

	private EvaluationFixtures() {
	}

	public static Actor office() {
		return SecurityFixtures.office();
	}

	public static Actor leader() {
		return SecurityFixtures.leader();
	}

	public static Actor reporter(long organisationId) {
		return new Actor(30, "reporter-" + organisationId, "reporter-" + organisationId, Role.REPORTER, organisationId);
	}

	public static Actor approver(long organisationId) {
		return new Actor(31, "approver-" + organisationId, "approver-" + organisationId, Role.APPROVER, organisationId);
	}

	/** Runs the work as the actor, then restores who was acting. */
	public static <T> T as(Actor actor, Supplier<T> work) {
		return SecurityFixtures.as(actor, work);
	}

	public static void as(Actor actor, Runnable work) {
		as(actor, () -> {
			work.run();
			return null;
		});
	}

	public static void at(Clock clock, OffsetDateTime when) {
		((SettableClock) clock).set(when);
	}

	/**
	 * Empties the responsibility assessment's tables: a test that seeds an assessment
	 * leaves none behind, as its rows name the cycle other modules' tests clear.
	 */
	public static void clearAssessments(JdbcClient jdbc) {
		for (String table : List.of("assessment_objection", "assessment_adjustment", "assessment_mark",
				"assessment_result", "assessment", "assessment_rubric_version", "assessment_rubric")) {
			jdbc.sql("delete from " + table).update();
		}
	}

	/**
	 * Empties the reports, the reporting cycles and the indicator figures, so that each
	 * test seeds its year afresh.
	 */
	public static void clear(JdbcClient jdbc) {
		clearAssessments(jdbc);
		for (String table : List.of("published_figure", "annual_report_generation", "annual_report",
				"reminder_delivery", "mail_outbox", "reporting_notification_read", "reporting_notification",
				"report_transition", "report_version", "report_attachment", "report_figure", "report_milestone",
				"report_entry", "progress_report", "reporting_milestone", "reporting_cycle", "reporting_schedule")) {
			jdbc.sql("delete from " + table).update();
		}
		// revisions first, newest first: each names the entry it revises
		while (jdbc
			.sql("delete from indicator_value where id not in"
					+ " (select revises_id from indicator_value where revises_id is not null)")
			.update() > 0) {
			// until none is left
		}
		for (String table : List.of("indicator_target_revision", "indicator_midterm_year", "indicator_value",
				"decomposition_step", "decomposition_share", "decomposition", "indicator_thresholds")) {
			jdbc.sql("delete from " + table).update();
		}
	}

}
