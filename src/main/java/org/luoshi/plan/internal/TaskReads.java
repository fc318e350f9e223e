package org.luoshi.plan.internal;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import org.luoshi.plan.AssignmentView;
import org.luoshi.plan.TaskSummary;

import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Reads tasks with their open assignments, by plan or by id, in plan order. */
@Repository
public class TaskReads {

	private static final String TASKS = """
			select t.id, t.plan_id, t.code, c.number as chapter, coalesce(s.number, 0) as section, t.text, t.mode,
			       t.open_ended, t.source_line
			from task t join chapter c on c.id = t.chapter_id left join section s on s.id = t.section_id
			""";

	private final JdbcClient jdbc;

	TaskReads(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public List<TaskSummary> ofPlan(long planId, Names names) {
		List<Row> rows = jdbc.sql(TASKS + " where t.plan_id = :plan and t.removed = false order by t.position")
			.param("plan", planId)
			.query(this::row)
			.list();
		return summaries(rows, assignmentsOfPlan(planId), names);
	}

	public List<TaskSummary> byIds(Collection<Long> ids, Names names) {
		if (ids.isEmpty()) {
			return List.of();
		}
		List<Row> rows = jdbc.sql(TASKS + " where t.id in (:ids) order by t.plan_id, t.position")
			.param("ids", ids)
			.query(this::row)
			.list();
		Map<Long, List<AssignmentRow>> assigned = new HashMap<>();
		jdbc.sql("""
				select task_id, organisation_id, written_name, role from assignment
				where task_id in (:ids) and ended_at is null order by task_id, position
				""")
			.param("ids", ids)
			.query(this::assignment)
			.list()
			.forEach(a -> assigned.computeIfAbsent(a.taskId(), k -> new ArrayList<>()).add(a));
		return summaries(rows, assigned, names);
	}

	public Optional<TaskSummary> byId(long id, Names names) {
		return byIds(List.of(id), names).stream().findFirst();
	}

	/**
	 * Ids of the tasks not removed where one of the organisations has an open assignment,
	 * with its role.
	 */
	public List<long[]> assignedTo(Collection<Long> organisationIds, Long planId) {
		MapSqlParameterSource params = new MapSqlParameterSource("orgs", organisationIds).addValue("plan", planId);
		return jdbc.sql("""
				select a.task_id, a.organisation_id from assignment a join task t on t.id = a.task_id
				where a.organisation_id in (:orgs) and a.ended_at is null and t.removed = false
				  and (cast(:plan as bigint) is null or t.plan_id = :plan)
				order by t.plan_id, t.position
				""").paramSource(params).query((rs, i) -> new long[] { rs.getLong(1), rs.getLong(2) }).list();
	}

	/** The chapters and sections of a plan that a revision has not removed. */
	public org.luoshi.plan.PlanStructure structure(long planId) {
		Map<Long, List<org.luoshi.plan.PlanStructure.Section>> sections = new HashMap<>();
		jdbc.sql(
				"""
						select s.chapter_id, s.number, s.label, s.title, s.source_line from section s join chapter c on c.id = s.chapter_id
						where c.plan_id = :plan and s.removed = false order by s.chapter_id, s.number
						""")
			.param("plan", planId)
			.query((rs, i) -> sections.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>())
				.add(new org.luoshi.plan.PlanStructure.Section(rs.getInt(2), rs.getString(3), rs.getString(4),
						(Integer) rs.getObject(5))))
			.list();
		List<org.luoshi.plan.PlanStructure.Chapter> chapters = jdbc.sql("""
				select id, number, label, title, source_line from chapter where plan_id = :plan and removed = false
				order by number
				""")
			.param("plan", planId)
			.query((rs, i) -> new org.luoshi.plan.PlanStructure.Chapter(rs.getInt(2), rs.getString(3), rs.getString(4),
					(Integer) rs.getObject(5), sections.getOrDefault(rs.getLong(1), List.of())))
			.list();
		return new org.luoshi.plan.PlanStructure(planId, chapters);
	}

	private Map<Long, List<AssignmentRow>> assignmentsOfPlan(long planId) {
		Map<Long, List<AssignmentRow>> assigned = new HashMap<>();
		jdbc.sql(
				"""
						select a.task_id, a.organisation_id, a.written_name, a.role from assignment a join task t on t.id = a.task_id
						where t.plan_id = :plan and a.ended_at is null order by a.task_id, a.position
						""")
			.param("plan", planId)
			.query(this::assignment)
			.list()
			.forEach(a -> assigned.computeIfAbsent(a.taskId(), k -> new ArrayList<>()).add(a));
		return assigned;
	}

	private static List<TaskSummary> summaries(List<Row> rows, Map<Long, List<AssignmentRow>> assigned, Names names) {
		names.prefetch(assigned.values()
			.stream()
			.flatMap(List::stream)
			.map(AssignmentRow::organisationId)
			.collect(Collectors.toSet()));
		List<TaskSummary> out = new ArrayList<>(rows.size());
		for (Row row : rows) {
			List<AssignmentView> views = new ArrayList<>();
			String lead = null;
			for (AssignmentRow a : assigned.getOrDefault(row.id(), List.of())) {
				String name = names.of(a.organisationId());
				views.add(new AssignmentView(a.organisationId(), name, a.writtenName(), a.role()));
				if (lead == null && "lead".equals(a.role())) {
					lead = name;
				}
			}
			out.add(new TaskSummary(row.id(), row.planId(), row.code(), row.chapter(), row.section(), row.text(),
					row.mode(), lead, views, row.openEnded(), row.sourceLine()));
		}
		return out;
	}

	private Row row(java.sql.ResultSet rs, int i) throws java.sql.SQLException {
		return new Row(rs.getLong("id"), rs.getLong("plan_id"), rs.getString("code"), rs.getInt("chapter"),
				rs.getInt("section"), rs.getString("text"), rs.getString("mode"), rs.getBoolean("open_ended"),
				(Integer) rs.getObject("source_line"));
	}

	private AssignmentRow assignment(java.sql.ResultSet rs, int i) throws java.sql.SQLException {
		return new AssignmentRow(rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getString(4));
	}

	private record Row(long id, long planId, String code, int chapter, int section, String text, String mode,
			boolean openEnded, Integer sourceLine) {
	}

	private record AssignmentRow(long taskId, long organisationId, String writtenName, String role) {
	}

	/** Organisation names by id, looked up once per request. */
	public interface Names {

		String of(long organisationId);

		/** Looks up all these names at once, before they are asked for one by one. */
		default void prefetch(Collection<Long> organisationIds) {
		}

	}

}
