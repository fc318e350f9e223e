package org.luoshi.reporting;

import java.util.function.Supplier;

import org.luoshi.organisation.OrganisationDirectory;
import org.luoshi.plan.PlanRegister;
import org.luoshi.security.Actor;
import org.luoshi.security.Role;
import org.luoshi.security.SecurityFixtures;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * What the reporting tests share: acting as a user of a given role and organisation,
 * finding the seed plan and its organisations, filling every entry of a report so that it
 * can be submitted, and clearing the reporting tables between tests.
 */
final class ReportingFixtures {

	private ReportingFixtures() {
	}

	static Actor office() {
		return SecurityFixtures.office();
	}

	static Actor leader() {
		return SecurityFixtures.leader();
	}

	static Actor reporter(String username, long organisationId) {
		return new Actor(20, username, username, Role.REPORTER, organisationId);
	}

	static Actor approver(String username, long organisationId) {
		return new Actor(21, username, username, Role.APPROVER, organisationId);
	}

	/** Runs the work as the actor, then restores who was acting. */
	static <T> T as(Actor actor, Supplier<T> work) {
		return SecurityFixtures.as(actor, work);
	}

	static void as(Actor actor, Runnable work) {
		as(actor, () -> {
			work.run();
			return null;
		});
	}

	static long seedPlan(PlanRegister register) {
		return register.plans().get(0).id();
	}

	static long organisation(OrganisationDirectory directory, String name) {
		return directory.resolve(name).orElseThrow().id();
	}

	/**
	 * Fills every entry of the report (status, what was done) and returns its version
	 * afterwards; the reporter must be acting.
	 */
	static int fillEverything(ReportDrafts drafts, ReportView report, String done) {
		int version = report.version();
		for (EntryView entry : report.entries()) {
			version = drafts
				.saveEntry(report.id(), entry.taskId(), version,
						new EntryChange("in-progress", done + " " + entry.code(), null, null, null))
				.version();
		}
		return version;
	}

	/** Empties the reporting tables, so that each test opens its cycles afresh. */
	static void clear(JdbcClient jdbc) {
		for (String table : new String[] { "reminder_delivery", "mail_outbox", "reporting_notification_read",
				"reporting_notification", "report_transition", "report_version", "report_attachment", "report_figure",
				"report_milestone", "report_entry", "progress_report", "reporting_milestone", "reporting_cycle",
				"reporting_schedule" }) {
			jdbc.sql("delete from " + table).update();
		}
	}

}
