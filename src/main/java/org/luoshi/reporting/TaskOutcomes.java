package org.luoshi.reporting;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.luoshi.reporting.internal.Access;
import org.luoshi.reporting.internal.CycleStore;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What a year's reports say of the plan's tasks, for the office's reports on the year:
 * the cycle that closes a plan's year, and every task status given in a report that was
 * submitted (a draft, or a report returned for correction, says nothing yet) — lagging,
 * whatever the reporter chose, where a milestone of the organisation's implementation
 * plan was overdue when the report was submitted. Read by the office and leaders only.
 */
@Service
@Transactional(readOnly = true)
public class TaskOutcomes {

	private final CycleStore cycles;

	private final Cycles views;

	private final Access access;

	private final JdbcClient jdbc;

	TaskOutcomes(CycleStore cycles, Cycles views, Access access, JdbcClient jdbc) {
		this.cycles = cycles;
		this.views = views;
		this.access = access;
		this.jdbc = jdbc;
	}

	/**
	 * The reporting cycle that closes the plan's year — the whole year's, else its last
	 * half-year or quarter — if the office opened one: the year's last word on each task.
	 */
	public Optional<CycleView> cycle(long planId, int year) {
		this.access.overseer();
		return this.cycles.ofYear(planId, year)
			.stream()
			.filter((c) -> c.period().closesYear())
			.findFirst()
			.map(this.views::view);
	}

	/**
	 * Every status given on a task in a submitted report of the cycle, by task and
	 * organisation; entries without a status are left out.
	 */
	public List<TaskOutcome> of(long cycleId) {
		this.access.overseer();
		// the directory's current name by join, not the whole directory read first
		return this.jdbc.sql("""
				select e.task_id, r.organisation_id, e.kind,
				       case when e.overdue_milestones > 0 then :lagging else e.status end, e.problems, o.name
				from report_entry e join progress_report r on r.id = e.report_id
				join organisation o on o.id = r.organisation_id
				where r.cycle_id = :cycle and r.state <> :draft and e.kind in (:kinds)
				and (e.status is not null or e.overdue_milestones > 0)
				order by e.task_id, r.organisation_id
				""")
			.param("cycle", cycleId)
			.param("draft", ReportState.DRAFT.code())
			.param("lagging", EntryStatus.LAGGING.code())
			.param("kinds", List.of(EntryKind.OWN.code(), EntryKind.LEAD.code()))
			.query((rs, i) -> new TaskOutcome(rs.getLong(1), rs.getLong(2), rs.getString(6),
					EntryKind.of(rs.getString(3)), EntryStatus.of(rs.getString(4)), rs.getString(5)))
			.list();
	}

}
