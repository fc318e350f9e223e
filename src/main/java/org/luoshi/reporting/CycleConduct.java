package org.luoshi.reporting;

import java.time.OffsetDateTime;
import java.util.List;

import org.luoshi.reporting.internal.Access;
import org.luoshi.reporting.internal.Guard;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What the responsibility assessment reads of a cycle: every reporting organisation's
 * conduct and every task status its sent report gave, including its input to tasks others
 * lead. Counted in the database, one query each, whatever the size of the plan. Read by
 * the office and leaders only.
 */
@Service
@Transactional(readOnly = true)
public class CycleConduct {

	private final Access access;

	private final Guard guard;

	private final JdbcClient jdbc;

	CycleConduct(Access access, Guard guard, JdbcClient jdbc) {
		this.access = access;
		this.guard = guard;
		this.jdbc = jdbc;
	}

	/** Every organisation that reports in the cycle, in the order of its id. */
	public List<OrganisationConduct> organisations(long cycleId) {
		this.access.overseer();
		OffsetDateTime now = this.guard.now();
		return this.jdbc.sql("""
				select r.organisation_id, o.name, o.kind, c.deadline, r.first_submitted_at,
				  (select count(*) from report_entry e where e.report_id = r.id and e.kind in ('own', 'lead')) entries,
				  (select count(*) from report_entry e where e.report_id = r.id and e.kind in ('own', 'lead')
				     and e.status is not null and r.state <> 'draft') with_status,
				  (select count(*) from report_transition t where t.report_id = r.id and t.to_state = 'draft'
				     and t.from_state in ('approved', 'received')) returned,
				  (select count(*) from reporting_notification n where n.cycle_id = r.cycle_id
				     and n.organisation_id = r.organisation_id and n.kind = 'escalation') escalations
				from progress_report r join organisation o on o.id = r.organisation_id
				join reporting_cycle c on c.id = r.cycle_id
				where r.cycle_id = :cycle
				order by r.organisation_id
				""").param("cycle", cycleId).query((rs, i) -> {
			OffsetDateTime deadline = rs.getObject("deadline", OffsetDateTime.class);
			OffsetDateTime first = rs.getObject("first_submitted_at", OffsetDateTime.class);
			Timeliness timeliness = Timeliness.of(rs.getLong(1), rs.getString(2), deadline, first, now);
			return new OrganisationConduct(rs.getLong(1), rs.getString(2), rs.getString(3), timeliness,
					rs.getInt("entries"), rs.getInt("with_status"), rs.getInt("returned"), rs.getInt("escalations"));
		}).list();
	}

	/**
	 * Every status a sent report of the cycle gave on a task, by organisation and task; a
	 * draft, or a report returned for correction, says nothing yet.
	 */
	public List<TaskAccount> tasks(long cycleId) {
		this.access.overseer();
		return this.jdbc.sql("""
				select e.task_id, t.code, r.organisation_id, e.kind, e.status
				from report_entry e join progress_report r on r.id = e.report_id join task t on t.id = e.task_id
				where r.cycle_id = :cycle and r.state <> :draft and e.status is not null
				order by r.organisation_id, e.position
				""")
			.param("cycle", cycleId)
			.param("draft", ReportState.DRAFT.code())
			.query((rs, i) -> new TaskAccount(rs.getLong(1), rs.getString(2), rs.getLong(3),
					EntryKind.of(rs.getString(4)), EntryStatus.of(rs.getString(5))))
			.list();
	}

}
