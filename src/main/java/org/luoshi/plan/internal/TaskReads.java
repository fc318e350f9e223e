package org.luoshi.plan.internal;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.luoshi.common.LikePattern;
import org.luoshi.plan.AssignmentView;
import org.luoshi.plan.TaskFilter;
import org.luoshi.plan.TaskSummary;

import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Reads tasks with their open assignments, by plan or by id, in plan order. */
@Repository
public class TaskReads {

	private static final String TASKS = """
			select t.id, t.plan_id, t.code, c.number as chapter, coalesce(s.number, 0) as section, t.text, t.mode,
			       t.open_ended, t.source_line, t.position
			from task t join chapter c on c.id = t.chapter_id left join section s on s.id = t.section_id
			""";

	// the directory's current name by join, not a lookup per organisation
	private static final String ASSIGNMENTS = """
			select a.task_id, a.organisation_id, a.written_name, a.role, o.name from assignment a
			join task t on t.id = a.task_id join organisation o on o.id = a.organisation_id""";

	private static final int CHUNK = 1000;

	private final JdbcClient jdbc;

	TaskReads(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** Every task of the plan, for the files that carry the whole division table. */
	public List<TaskSummary> ofPlan(long planId) {
		List<Row> rows = jdbc.sql(TASKS + " where t.plan_id = :plan and t.removed = false order by t.position")
			.param("plan", planId)
			.query(this::row)
			.list();
		return summaries(rows, assignmentsOfPlan(planId));
	}

	/**
	 * One page of the plan's tasks that the filter looks for, in plan order, and how many
	 * there are in all: filtered, counted and paged in the database, with the
	 * organisations of the page's tasks in one more read.
	 */
	public Found find(long planId, TaskFilter filter, long offset, int limit) {
		StringBuilder where = new StringBuilder(" where t.plan_id = :plan and t.removed = false");
		MapSqlParameterSource params = new MapSqlParameterSource("plan", planId);
		if (filter.chapter() != null) {
			where.append(" and c.number = :chapter");
			params.addValue("chapter", filter.chapter());
		}
		String words = filter.comparedWords();
		if (words != null) {
			// the text is stored in its compared form: a substring of it, wildcards taken
			// literally
			where.append(" and t.compared_text like :words escape '!'");
			params.addValue("words", LikePattern.containing(words));
		}
		if (filter.organisationId() != null || filter.role() != null) {
			where.append(" and exists (select 1 from assignment a where a.task_id = t.id and a.ended_at is null");
			if (filter.organisationId() != null) {
				where.append(" and a.organisation_id = :organisation");
				params.addValue("organisation", filter.organisationId());
			}
			if (filter.role() != null) {
				where.append(" and a.role = :role");
				params.addValue("role", filter.role());
			}
			where.append(")");
		}
		int total = jdbc.sql("""
				select count(*) from task t join chapter c on c.id = t.chapter_id""" + where)
			.paramSource(params)
			.query(Integer.class)
			.single();
		if (total == 0 || limit <= 0 || offset >= total) {
			return new Found(List.of(), total);
		}
		params.addValue("limit", limit).addValue("offset", offset);
		List<Row> rows = jdbc.sql(TASKS + where + " order by t.position limit :limit offset :offset")
			.paramSource(params)
			.query(this::row)
			.list();
		return new Found(summaries(rows, assignmentsOf(rows.stream().map(Row::id).toList())), total);
	}

	/** A page of tasks and how many the filter found in all. */
	public record Found(List<TaskSummary> tasks, int total) {
	}

	public List<TaskSummary> byIds(Collection<Long> ids) {
		if (ids.isEmpty()) {
			return List.of();
		}
		List<Long> all = List.copyOf(ids);
		List<Row> rows = new ArrayList<>();
		for (int from = 0; from < all.size(); from += CHUNK) {
			rows.addAll(jdbc.sql(TASKS + " where t.id in (:ids)")
				.param("ids", all.subList(from, Math.min(all.size(), from + CHUNK)))
				.query(this::row)
				.list());
		}
		rows.sort(java.util.Comparator.comparingLong(Row::planId).thenComparingInt(Row::position));
		return summaries(rows, assignmentsOf(ids));
	}

	public Optional<TaskSummary> byId(long id) {
		return byIds(List.of(id)).stream().findFirst();
	}

	/**
	 * The organisations that answer for a plan's tasks, each once, named as the directory
	 * names them now, by name.
	 */
	public List<AssignmentView> organisationsOf(long planId) {
		return jdbc.sql("""
				select distinct a.organisation_id, o.name from assignment a join task t on t.id = a.task_id
				join organisation o on o.id = a.organisation_id
				where t.plan_id = :plan and t.removed = false and a.ended_at is null
				""")
			.param("plan", planId)
			.query((rs, i) -> new AssignmentView(rs.getLong(1), rs.getString(2), null, null))
			.list();
	}

	/**
	 * The responsibility matrix's cells: per organisation and chapter, how many
	 * assignments it holds, how many as lead, and the position of its first task (to keep
	 * the written order among equal totals).
	 */
	public List<MatrixCell> matrixCells(long planId) {
		return jdbc.sql("""
				select a.organisation_id, o.name, c.number, count(*),
				       sum(case when a.role = 'lead' then 1 else 0 end), min(t.position)
				from assignment a join task t on t.id = a.task_id join chapter c on c.id = t.chapter_id
				join organisation o on o.id = a.organisation_id
				where t.plan_id = :plan and t.removed = false and a.ended_at is null
				group by a.organisation_id, o.name, c.number
				""")
			.param("plan", planId)
			.query((rs, i) -> new MatrixCell(rs.getLong(1), rs.getString(2), rs.getInt(3), rs.getInt(4), rs.getInt(5),
					rs.getInt(6)))
			.list();
	}

	/** One organisation's assignments in one chapter. */
	public record MatrixCell(long organisationId, String name, int chapter, int assignments, int leads,
			int firstPosition) {
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
		return grouped(
				jdbc.sql(ASSIGNMENTS + " where t.plan_id = :plan and a.ended_at is null order by a.task_id, a.position")
					.param("plan", planId)
					.query(this::assignment)
					.list());
	}

	// ids in chunks: a list of a whole plan's ids would pass PostgreSQL's limit of
	// 65,535 parameters
	private Map<Long, List<AssignmentRow>> assignmentsOf(Collection<Long> taskIds) {
		List<Long> ids = List.copyOf(taskIds);
		List<AssignmentRow> rows = new ArrayList<>();
		for (int from = 0; from < ids.size(); from += CHUNK) {
			rows.addAll(jdbc
				.sql(ASSIGNMENTS + " where a.task_id in (:ids) and a.ended_at is null order by a.task_id, a.position")
				.param("ids", ids.subList(from, Math.min(ids.size(), from + CHUNK)))
				.query(this::assignment)
				.list());
		}
		return grouped(rows);
	}

	private static Map<Long, List<AssignmentRow>> grouped(List<AssignmentRow> rows) {
		Map<Long, List<AssignmentRow>> assigned = new HashMap<>();
		rows.forEach(a -> assigned.computeIfAbsent(a.taskId(), k -> new ArrayList<>()).add(a));
		return assigned;
	}

	private static List<TaskSummary> summaries(List<Row> rows, Map<Long, List<AssignmentRow>> assigned) {
		List<TaskSummary> out = new ArrayList<>(rows.size());
		for (Row row : rows) {
			List<AssignmentView> views = new ArrayList<>();
			String lead = null;
			for (AssignmentRow a : assigned.getOrDefault(row.id(), List.of())) {
				String name = a.name();
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
				(Integer) rs.getObject("source_line"), rs.getInt("position"));
	}

	private AssignmentRow assignment(java.sql.ResultSet rs, int i) throws java.sql.SQLException {
		return new AssignmentRow(rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getString(4), rs.getString(5));
	}

	private record Row(long id, long planId, String code, int chapter, int section, String text, String mode,
			boolean openEnded, Integer sourceLine, int position) {
	}

	private record AssignmentRow(long taskId, long organisationId, String writtenName, String role, String name) {
	}

}
