package org.luoshi.plan.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.luoshi.plan.TaskLinkView;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Plans across levels: which plan stands above which, the organisation that issued each,
 * and the links from a lower plan's tasks to the tasks above that they carry down. Every
 * read of links is one statement, whatever the number of links.
 */
@Repository
public class LinkStore {

	private static final String VIEW = """
			select l.id, l.status, l.similarity, l.version,
			       c.id, c.code, c.text, cp.id, cp.title, cp.issuer_organisation_id,
			       lo.id, lo.name,
			       p.id, p.code, p.text, pp.id, pp.title, l.decided_by, l.decided_at
			from task_link l
			join task c on c.id = l.child_task_id
			join plan cp on cp.id = c.plan_id
			join task p on p.id = l.parent_task_id
			join plan pp on pp.id = p.plan_id
			left join assignment la on la.id = (
			    select a.id from assignment a where a.task_id = c.id and a.ended_at is null
			    order by case when a.role = 'lead' then 0 else 1 end, a.position fetch first 1 rows only)
			left join organisation lo on lo.id = la.organisation_id
			""";

	private final JdbcClient jdbc;

	private final JdbcTemplate batches;

	LinkStore(JdbcClient jdbc, JdbcTemplate batches) {
		this.jdbc = jdbc;
		this.batches = batches;
	}

	/** A plan's place: its id, title, the plan above it and its issuer organisation. */
	public record PlanPlace(long id, String title, Long parentPlanId, Long issuerOrganisationId) {
	}

	/** A task as linking needs it. */
	public record TaskRef(long id, String code, long planId, boolean removed) {
	}

	/** A task's words in compared form. */
	public record TaskText(long id, String code, String comparedText) {
	}

	/** A link's pair and state. */
	public record Pair(long childTaskId, long parentTaskId, String status) {
	}

	/** A proposal to keep. */
	public record Proposal(long childTaskId, long parentTaskId, double similarity) {
	}

	public Optional<PlanPlace> place(long planId) {
		return this.jdbc.sql("select id, title, parent_plan_id, issuer_organisation_id from plan where id = :id")
			.param("id", planId)
			.query((rs, i) -> new PlanPlace(rs.getLong(1), rs.getString(2), longOrNull(rs, 3), longOrNull(rs, 4)))
			.optional();
	}

	/** The plans directly below this one. */
	public List<PlanPlace> below(long planId) {
		return this.jdbc.sql("""
				select id, title, parent_plan_id, issuer_organisation_id from plan where parent_plan_id = :id
				order by id""")
			.param("id", planId)
			.query((rs, i) -> new PlanPlace(rs.getLong(1), rs.getString(2), longOrNull(rs, 3), longOrNull(rs, 4)))
			.list();
	}

	/**
	 * Whether the candidate is the plan itself or lies somewhere below it: following the
	 * candidate's plans above, one level at a time (a handful of levels: nation,
	 * province, city, county).
	 */
	public boolean atOrBelow(long candidate, long planId) {
		Set<Long> seen = new HashSet<>();
		Long current = candidate;
		while (current != null && seen.add(current)) {
			if (current == planId) {
				return true;
			}
			current = place(current).map(PlanPlace::parentPlanId).orElse(null);
		}
		return false;
	}

	public void placeUnder(long planId, Long parentPlanId) {
		this.jdbc.sql("update plan set parent_plan_id = :parent where id = :id")
			.param("parent", parentPlanId)
			.param("id", planId)
			.update();
	}

	public void issuedBy(long planId, Long organisationId) {
		this.jdbc.sql("update plan set issuer_organisation_id = :organisation where id = :id")
			.param("organisation", organisationId)
			.param("id", planId)
			.update();
	}

	public Optional<TaskRef> task(long taskId) {
		return this.jdbc.sql("select id, code, plan_id, removed from task where id = :id")
			.param("id", taskId)
			.query((rs, i) -> new TaskRef(rs.getLong(1), rs.getString(2), rs.getLong(3), rs.getBoolean(4)))
			.optional();
	}

	/** The plan's task (not removed) that has this number. */
	public Optional<Long> taskByCode(long planId, String code) {
		return this.jdbc.sql("select min(id) from task where plan_id = :plan and code = :code and removed = false")
			.param("plan", planId)
			.param("code", code)
			.query(Long.class)
			.optional();
	}

	/** The plan's tasks not removed, in order, with their compared words. */
	public List<TaskText> texts(long planId) {
		return this.jdbc
			.sql("select id, code, compared_text from task where plan_id = :plan and removed = false order by position")
			.param("plan", planId)
			.query((rs, i) -> new TaskText(rs.getLong(1), rs.getString(2), rs.getString(3)))
			.list();
	}

	/** Every link of the plan's tasks. */
	public List<Pair> pairsOf(long childPlanId) {
		return this.jdbc.sql("""
				select l.child_task_id, l.parent_task_id, l.status from task_link l
				join task c on c.id = l.child_task_id where c.plan_id = :plan""")
			.param("plan", childPlanId)
			.query((rs, i) -> new Pair(rs.getLong(1), rs.getLong(2), rs.getString(3)))
			.list();
	}

	/** Drops the plan's proposals not yet decided; returns how many. */
	public int dropProposed(long childPlanId) {
		return this.jdbc.sql("""
				delete from task_link where status = :proposed
				and child_task_id in (select id from task where plan_id = :plan)""")
			.param("proposed", TaskLinkView.PROPOSED)
			.param("plan", childPlanId)
			.update();
	}

	/**
	 * Drops the plan's links to tasks of any plan but the one given (null: all of them);
	 * returns how many.
	 */
	public int dropLinksNotInto(long childPlanId, Long parentPlanId) {
		return this.jdbc.sql("""
				delete from task_link
				where child_task_id in (select id from task where plan_id = :plan)
				and (cast(:parent as bigint) is null
				     or parent_task_id not in (select id from task where plan_id = :parent))""")
			.param("plan", childPlanId)
			.param("parent", parentPlanId)
			.update();
	}

	/** Keeps the proposals, in batches. */
	public void propose(List<Proposal> proposals, String actor, OffsetDateTime at) {
		this.batches.batchUpdate("""
				insert into task_link (child_task_id, parent_task_id, status, similarity, proposed_by, proposed_at)
				values (?, ?, ?, ?, ?, ?)
				""", proposals, 1000, (statement, p) -> {
			statement.setLong(1, p.childTaskId());
			statement.setLong(2, p.parentTaskId());
			statement.setString(3, TaskLinkView.PROPOSED);
			statement.setDouble(4, p.similarity());
			statement.setString(5, actor);
			statement.setObject(6, at);
		});
	}

	public Optional<TaskLinkView> find(long linkId) {
		return this.jdbc.sql(VIEW + " where l.id = :id").param("id", linkId).query(LinkStore::view).optional();
	}

	public Optional<TaskLinkView> find(long childTaskId, long parentTaskId) {
		return this.jdbc.sql(VIEW + " where l.child_task_id = :child and l.parent_task_id = :parent")
			.param("child", childTaskId)
			.param("parent", parentTaskId)
			.query(LinkStore::view)
			.optional();
	}

	/** The links to a task from the plans below, confirmed and proposed first. */
	public List<TaskLinkView> down(long parentTaskId) {
		return this.jdbc.sql(VIEW + """
				 where l.parent_task_id = :task
				order by case l.status when 'confirmed' then 0 when 'proposed' then 1 else 2 end, cp.title, c.position
				""").param("task", parentTaskId).query(LinkStore::view).list();
	}

	/** The links from a task to the plan above. */
	public List<TaskLinkView> up(long childTaskId) {
		return this.jdbc.sql(VIEW + """
				 where l.child_task_id = :task
				order by case l.status when 'confirmed' then 0 when 'proposed' then 1 else 2 end, p.position
				""").param("task", childTaskId).query(LinkStore::view).list();
	}

	/** Every link of a lower plan's tasks, in the lower plan's order. */
	public List<TaskLinkView> ofPlan(long childPlanId) {
		return this.jdbc.sql(VIEW + " where c.plan_id = :plan order by c.position, p.position")
			.param("plan", childPlanId)
			.query(LinkStore::view)
			.list();
	}

	/**
	 * Records a decision on the version the decider saw; false when somebody decided
	 * meanwhile.
	 */
	public boolean decide(long linkId, int version, String status, String actor, OffsetDateTime at) {
		return this.jdbc.sql("""
				update task_link set status = :status, decided_by = :actor, decided_at = :at, version = version + 1
				where id = :id and version = :version""")
			.param("status", status)
			.param("actor", actor)
			.param("at", at)
			.param("id", linkId)
			.param("version", version)
			.update() == 1;
	}

	/** A link set by hand, confirmed at once. */
	public long insertConfirmed(long childTaskId, long parentTaskId, String actor, OffsetDateTime at) {
		org.springframework.jdbc.support.KeyHolder key = new org.springframework.jdbc.support.GeneratedKeyHolder();
		this.jdbc.sql("""
				insert into task_link (child_task_id, parent_task_id, status, proposed_by, proposed_at, decided_by,
				                       decided_at)
				values (:child, :parent, :status, :actor, :at, :actor, :at)""")
			.param("child", childTaskId)
			.param("parent", parentTaskId)
			.param("status", TaskLinkView.CONFIRMED)
			.param("actor", actor)
			.param("at", at)
			.update(key, "id");
		return key.getKey().longValue();
	}

	/**
	 * The task's other links still standing (proposed or confirmed) become rejected: a
	 * task carries down one task above. Returns their ids and the codes they named.
	 */
	public List<TaskLinkView> othersStanding(long childTaskId, long exceptLinkId) {
		return this.jdbc.sql(VIEW + " where l.child_task_id = :task and l.id <> :except and l.status <> :rejected")
			.param("task", childTaskId)
			.param("except", exceptLinkId)
			.param("rejected", TaskLinkView.REJECTED)
			.query(LinkStore::view)
			.list();
	}

	private static TaskLinkView view(ResultSet rs, int row) throws SQLException {
		double similarity = rs.getDouble(3);
		Double score = rs.wasNull() ? null : similarity;
		return new TaskLinkView(rs.getLong(1), rs.getString(2), score, rs.getInt(4), rs.getLong(5), rs.getString(6),
				rs.getString(7), rs.getLong(8), rs.getString(9), longOrNull(rs, 10), longOrNull(rs, 11),
				rs.getString(12), rs.getLong(13), rs.getString(14), rs.getString(15), rs.getLong(16), rs.getString(17),
				rs.getString(18), rs.getObject(19, OffsetDateTime.class));
	}

	private static Long longOrNull(ResultSet rs, int column) throws SQLException {
		long value = rs.getLong(column);
		return rs.wasNull() ? null : value;
	}

}
