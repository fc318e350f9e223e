package org.luoshi.plan.internal;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;

import org.luoshi.notice.ResponsibleOrganisation;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Who answers for each task. Assignments are never deleted: a revision or a succession
 * ends them and starts new ones, so the register can always say who answered for a task
 * on a given day.
 */
@Repository
public class AssignmentStore {

	private final JdbcClient jdbc;

	AssignmentStore(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public void assign(long taskId, List<ResponsibleOrganisation> responsible, Map<String, Long> organisationIds) {
		int position = 0;
		for (ResponsibleOrganisation organisation : responsible) {
			Long id = organisationIds.get(organisation.name());
			if (id == null) {
				throw new IllegalStateException("no organisation for " + organisation.name());
			}
			jdbc.sql("""
					insert into assignment (task_id, organisation_id, written_name, role, position)
					values (:task, :organisation, :name, :role, :position)
					""")
				.param("task", taskId)
				.param("organisation", id)
				.param("name", organisation.name())
				.param("role", organisation.role().code())
				.param("position", position++)
				.update();
		}
	}

	/** Names one more organisation for a task, after those already named. */
	public void add(long taskId, long organisationId, String writtenName, String role, int position) {
		jdbc.sql("""
				insert into assignment (task_id, organisation_id, written_name, role, position)
				values (:task, :organisation, :name, :role, :position)
				""")
			.param("task", taskId)
			.param("organisation", organisationId)
			.param("name", writtenName)
			.param("role", role)
			.param("position", position)
			.update();
	}

	public void endOne(long taskId, long organisationId, String reason, OffsetDateTime at) {
		jdbc.sql("""
				update assignment set ended_at = :at, ended_reason = :reason
				where task_id = :task and organisation_id = :organisation and ended_at is null
				""")
			.param("at", at)
			.param("reason", reason)
			.param("task", taskId)
			.param("organisation", organisationId)
			.update();
	}

	/** The organisation leads; whoever led before answers for the task as responsible. */
	public void changeLead(long taskId, long organisationId) {
		jdbc.sql(
				"update assignment set role = 'responsible' where task_id = :task and role = 'lead' and ended_at is null")
			.param("task", taskId)
			.update();
		jdbc.sql(
				"update assignment set role = 'lead' where task_id = :task and organisation_id = :organisation and ended_at is null")
			.param("task", taskId)
			.param("organisation", organisationId)
			.update();
	}

	/** The open assignments of a task as organisation id and role, in written order. */
	public List<Current> current(long taskId) {
		return jdbc.sql("""
				select id, organisation_id, written_name, role from assignment
				where task_id = :task and ended_at is null order by position
				""")
			.param("task", taskId)
			.query((rs, i) -> new Current(rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getString(4)))
			.list();
	}

	public void end(long taskId, String reason, OffsetDateTime at) {
		jdbc.sql(
				"update assignment set ended_at = :at, ended_reason = :reason where task_id = :task and ended_at is null")
			.param("at", at)
			.param("reason", reason)
			.param("task", taskId)
			.update();
	}

	/**
	 * Carries every open assignment of an organisation on tasks not removed to its
	 * successor: the old one ends, the successor's starts in the same place with the same
	 * role.
	 * @return the number of assignments carried
	 */
	public int carry(long predecessorId, long successorId, String reason, OffsetDateTime at) {
		List<Current> open = jdbc.sql("""
				select a.id, a.organisation_id, a.written_name, a.role from assignment a join task t on t.id = a.task_id
				where a.organisation_id = :organisation and a.ended_at is null and t.removed = false
				""")
			.param("organisation", predecessorId)
			.query((rs, i) -> new Current(rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getString(4)))
			.list();
		for (Current assignment : open) {
			jdbc.sql("update assignment set ended_at = :at, ended_reason = :reason where id = :id")
				.param("at", at)
				.param("reason", reason)
				.param("id", assignment.id())
				.update();
			// in a merger the successor may already answer for the task: it is named once
			jdbc.sql("""
					insert into assignment (task_id, organisation_id, written_name, role, position, carried_from_id)
					select a.task_id, :successor, a.written_name, a.role, a.position, a.id from assignment a
					where a.id = :id and not exists (select 1 from assignment o
					      where o.task_id = a.task_id and o.organisation_id = :successor and o.ended_at is null)
					""").param("successor", successorId).param("id", assignment.id()).update();
		}
		return open.size();
	}

	/** An open assignment. */
	public record Current(long id, long organisationId, String writtenName, String role) {
	}

}
