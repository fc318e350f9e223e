package org.luoshi.implementation.internal;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.luoshi.implementation.FilingRow;
import org.luoshi.implementation.ImplementationState;
import org.luoshi.implementation.MeasureView;
import org.luoshi.implementation.MilestoneDue;
import org.luoshi.implementation.OrganisationMeasures;
import org.luoshi.implementation.UnplannedTask;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The office's reads across every organisation's implementation plan, each in a fixed
 * number of statements whatever the plan's size: who carries tasks and what they filed,
 * the measures filed for a task, the tasks nobody planned for, the milestones due in a
 * period; and the filing deadline and reminders.
 */
@Repository
public class FilingStore {

	/**
	 * Every organisation carrying an open task of the plan, itself or as an active member
	 * of a collective name, with how many.
	 */
	private static final String CARRIERS = """
			select a.organisation_id org, a.task_id from assignment a
			join task t on t.id = a.task_id join organisation o on o.id = a.organisation_id
			where t.plan_id = :plan and not t.removed and a.ended_at is null and not o.collective
			union
			select m.member_id, a.task_id from assignment a
			join task t on t.id = a.task_id join organisation_member m on m.collective_id = a.organisation_id
			join organisation mo on mo.id = m.member_id
			where t.plan_id = :plan and not t.removed and a.ended_at is null and mo.active_to is null
			""";

	private final JdbcClient jdbc;

	private final ImplementationStore store;

	FilingStore(JdbcClient jdbc, ImplementationStore store) {
		this.jdbc = jdbc;
		this.store = store;
	}

	public Optional<LocalDate> deadline(long planId) {
		return this.jdbc.sql("select deadline from implementation_filing where plan_id = :plan")
			.param("plan", planId)
			.query(LocalDate.class)
			.optional();
	}

	public void setDeadline(long planId, LocalDate deadline, String actor, OffsetDateTime at) {
		int updated = this.jdbc
			.sql("update implementation_filing set deadline = :d, set_by = :actor, set_at = :at where plan_id = :plan")
			.param("d", deadline)
			.param("actor", actor)
			.param("at", at)
			.param("plan", planId)
			.update();
		if (updated == 0) {
			this.jdbc
				.sql("insert into implementation_filing (plan_id, deadline, set_by, set_at)"
						+ " values (:plan, :d, :actor, :at)")
				.param("plan", planId)
				.param("d", deadline)
				.param("actor", actor)
				.param("at", at)
				.update();
		}
	}

	/** The filing list: the organisations that have not filed first, then by name. */
	public List<FilingRow> rows(long planId, LocalDate deadline, LocalDate today) {
		Map<Long, int[]> reminded = new HashMap<>();
		Map<Long, OffsetDateTime> last = new HashMap<>();
		this.jdbc.sql("""
				select organisation_id, kind, count(*), max(sent_at) last_sent from implementation_reminder
				where plan_id = :plan group by organisation_id, kind
				""").param("plan", planId).query((rs, i) -> {
			int[] counts = reminded.computeIfAbsent(rs.getLong(1), (k) -> new int[2]);
			counts["escalation".equals(rs.getString(2)) ? 1 : 0] = rs.getInt(3);
			OffsetDateTime at = this.store.at(rs, "last_sent");
			last.merge(rs.getLong(1), at, (a, b) -> a.isAfter(b) ? a : b);
			return null;
		}).list();
		return this.jdbc.sql("select p.org, o.name, count(*) tasks, "
				+ "(select v.state from implementation_version v where v.implementation_plan_id = ip.id"
				+ " order by v.number desc fetch first 1 rows only) newest, "
				+ "(select v.number from implementation_version v where v.implementation_plan_id = ip.id"
				+ " and v.state = 'filed') filed_number, "
				+ "(select min(v.filed_at) from implementation_version v where v.implementation_plan_id = ip.id) first_filed "
				+ "from (" + CARRIERS + ") p join organisation o on o.id = p.org "
				+ "left join implementation_plan ip on ip.plan_id = :plan and ip.organisation_id = p.org "
				+ "group by p.org, o.name, ip.id order by o.name")
			.param("plan", planId)
			.query((rs, i) -> {
				long org = rs.getLong("org");
				OffsetDateTime firstFiled = this.store.at(rs, "first_filed");
				Integer filed = rs.getObject("filed_number", Integer.class);
				boolean late = deadline != null && ((firstFiled != null) ? firstFiled.toLocalDate().isAfter(deadline)
						: today.isAfter(deadline));
				int[] counts = reminded.getOrDefault(org, new int[2]);
				String newest = rs.getString("newest");
				return new FilingRow(org, rs.getString("name"), rs.getInt("tasks"),
						(newest != null) ? ImplementationState.of(newest) : null, filed, firstFiled, late, counts[0],
						counts[1], last.get(org));
			})
			.list()
			.stream()
			.sorted(java.util.Comparator.comparing(FilingRow::filed))
			.toList();
	}

	/** Whether the organisation carries a task of the plan. */
	public boolean carries(long planId, long organisationId) {
		return this.jdbc.sql("select count(*) from (" + CARRIERS + ") p where p.org = :org")
			.param("plan", planId)
			.param("org", organisationId)
			.query(Integer.class)
			.single() > 0;
	}

	public void addReminder(long planId, long organisationId, String kind, String message, String actor,
			OffsetDateTime at) {
		this.jdbc.sql("""
				insert into implementation_reminder (plan_id, organisation_id, kind, message, sent_by, sent_at)
				values (:plan, :org, :kind, :message, :actor, :at)
				""")
			.param("plan", planId)
			.param("org", organisationId)
			.param("kind", kind)
			.param("message", message)
			.param("actor", actor)
			.param("at", at)
			.update();
	}

	/** Every plan's filing deadline, by plan. */
	public java.util.Map<Long, LocalDate> deadlines() {
		java.util.Map<Long, LocalDate> deadlines = new java.util.LinkedHashMap<>();
		this.jdbc.sql("select plan_id, deadline from implementation_filing order by plan_id")
			.query((rs, i) -> deadlines.put(rs.getLong(1), rs.getObject(2, LocalDate.class)))
			.list();
		return deadlines;
	}

	/**
	 * Records the application's own reminder for an occasion, unless it was sent already.
	 * @return whether it was recorded now
	 */
	public boolean addReminderOnce(long planId, long organisationId, String occasion, OffsetDateTime at) {
		return this.jdbc.sql("""
				insert into implementation_reminder (plan_id, organisation_id, kind, occasion, sent_by, sent_at)
				select :plan, :org, 'reminder', :occasion, 'system', :at from (values (1)) one
				where not exists (select 1 from implementation_reminder
				                  where plan_id = :plan and organisation_id = :org and occasion = :occasion)
				""")
			.param("plan", planId)
			.param("org", organisationId)
			.param("occasion", occasion)
			.param("at", at)
			.update() == 1;
	}

	/** What every organisation filed for the task, in the versions on file. */
	public List<OrganisationMeasures> filedFor(long taskId) {
		List<OrganisationMeasures> result = new ArrayList<>();
		record Filed(long organisationId, String name, long versionId, int number, OffsetDateTime at) {
		}
		List<Filed> filed = this.jdbc.sql("""
				select distinct ip.organisation_id, o.name, v.id, v.number, v.filed_at
				from implementation_measure m join implementation_version v on v.id = m.version_id
				join implementation_plan ip on ip.id = v.implementation_plan_id
				join organisation o on o.id = ip.organisation_id
				where m.task_id = :task and v.state = 'filed'
				order by o.name
				""")
			.param("task", taskId)
			.query((rs, i) -> new Filed(rs.getLong(1), rs.getString(2), rs.getLong(3), rs.getInt(4),
					this.store.at(rs, "filed_at")))
			.list();
		Map<Long, List<MeasureView>> measures = this.store.measures(filed.stream().map(Filed::versionId).toList());
		for (Filed f : filed) {
			result.add(new OrganisationMeasures(f.organisationId(), f.name(), f.number(), f.at(),
					measures.getOrDefault(f.versionId(), List.of())
						.stream()
						.filter((m) -> m.taskId() == taskId)
						.toList()));
		}
		return result;
	}

	/** The plan's open tasks for which no filed version holds a measure. */
	public List<UnplannedTask> unplanned(long planId) {
		return this.jdbc.sql("""
				select t.id, t.code, t.text,
				       (select o.name from assignment a join organisation o on o.id = a.organisation_id
				        where a.task_id = t.id and a.role = 'lead' and a.ended_at is null
				        order by a.position fetch first 1 rows only) lead
				from task t where t.plan_id = :plan and not t.removed
				and not exists (select 1 from implementation_measure m
				                join implementation_version v on v.id = m.version_id
				                where m.task_id = t.id and v.state = 'filed')
				order by t.position
				""")
			.param("plan", planId)
			.query((rs, i) -> new UnplannedTask(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4)))
			.list();
	}

	/**
	 * The milestones the organisation filed for the plan that fall due between the two
	 * days.
	 */
	public List<MilestoneDue> due(long planId, long organisationId, LocalDate from, LocalDate to) {
		return this.jdbc.sql("""
				select s.id, m.task_id, m.text, s.deliverable, s.due_precision, s.due_by, s.recognition
				from implementation_milestone s join implementation_measure m on m.id = s.measure_id
				join implementation_version v on v.id = m.version_id
				join implementation_plan ip on ip.id = v.implementation_plan_id
				where ip.plan_id = :plan and ip.organisation_id = :org and v.state = 'filed'
				and s.due_by between :from and :to
				order by m.task_id, s.due_by, m.position, s.position
				""")
			.param("plan", planId)
			.param("org", organisationId)
			.param("from", from)
			.param("to", to)
			.query((rs, i) -> milestoneDue(rs))
			.list();
	}

	/** Milestones by id, whichever version they stand in. */
	public List<MilestoneDue> milestones(Collection<Long> ids) {
		if (ids.isEmpty()) {
			return List.of();
		}
		return this.jdbc.sql("""
				select s.id, m.task_id, m.text, s.deliverable, s.due_precision, s.due_by, s.recognition
				from implementation_milestone s join implementation_measure m on m.id = s.measure_id
				where s.id in (:ids) order by m.task_id, s.due_by
				""").param("ids", ids).query((rs, i) -> milestoneDue(rs)).list();
	}

	private static MilestoneDue milestoneDue(java.sql.ResultSet rs) throws java.sql.SQLException {
		return new MilestoneDue(rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getString(4),
				new org.luoshi.implementation.Due(org.luoshi.implementation.Due.Precision.of(rs.getString(5)),
						rs.getObject(6, LocalDate.class)),
				rs.getString(7));
	}

}
