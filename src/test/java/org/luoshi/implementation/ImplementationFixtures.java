package org.luoshi.implementation;

import java.util.List;
import java.util.function.Supplier;

import org.luoshi.security.Actor;
import org.luoshi.security.SecurityFixtures;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * What the implementation plan tests share: acting as a user, finding the seed's
 * organisations and tasks, clearing up.
 */
public final class ImplementationFixtures {

	private ImplementationFixtures() {
	}

	public static <T> T as(Actor actor, Supplier<T> work) {
		return SecurityFixtures.as(actor, work);
	}

	public static long organisation(JdbcClient jdbc, String name) {
		return jdbc.sql("select organisation_id from organisation_name where name = :n")
			.param("n", name)
			.query(Long.class)
			.single();
	}

	public static long plan(JdbcClient jdbc) {
		return jdbc.sql("select min(id) from plan").query(Long.class).single();
	}

	/**
	 * A task the organisation is named on by itself (not through a collective), in the
	 * plan's order.
	 */
	public static List<Long> tasksOf(JdbcClient jdbc, long organisationId) {
		return jdbc.sql("""
				select t.id from task t join assignment a on a.task_id = t.id
				where a.organisation_id = :o and a.ended_at is null and not t.removed order by t.position
				""").param("o", organisationId).query(Long.class).list();
	}

	/** A task the organisation does not carry in any way. */
	public static long taskNotOf(JdbcClient jdbc, long organisationId) {
		return jdbc.sql("""
				select min(t.id) from task t where not exists (select 1 from assignment a
				  left join organisation_member m on m.collective_id = a.organisation_id
				  where a.task_id = t.id and (a.organisation_id = :o or m.member_id = :o))
				""").param("o", organisationId).query(Long.class).single();
	}

	public static String code(JdbcClient jdbc, long taskId) {
		return jdbc.sql("select code from task where id = :t").param("t", taskId).query(String.class).single();
	}

	/** Empties the implementation tables and the notices their reminders wrote. */
	public static void clear(JdbcClient jdbc) {
		jdbc.sql("delete from mail_outbox where notification_id in (select id from reporting_notification"
				+ " where kind like 'filing-%')")
			.update();
		jdbc.sql("delete from reporting_notification_read where notification_id in (select id from"
				+ " reporting_notification where kind like 'filing-%')")
			.update();
		jdbc.sql("delete from reporting_notification where kind like 'filing-%'").update();
		for (String table : List.of("report_milestone", "implementation_milestone", "implementation_measure",
				"implementation_version", "implementation_plan", "implementation_reminder", "implementation_document",
				"implementation_filing")) {
			jdbc.sql("delete from " + table).update();
		}
	}

}
