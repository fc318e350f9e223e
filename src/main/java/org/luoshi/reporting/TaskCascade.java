package org.luoshi.reporting;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.luoshi.plan.TaskLinkView;
import org.luoshi.plan.TaskLinks;
import org.luoshi.reporting.internal.Access;
import org.luoshi.security.Actor;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Where a task went: the tasks of the plans below that carry it down (the province's task
 * in each city's plan), with their lead and the latest progress each reported. Read in
 * two statements whatever the number of cities: the links, then the latest word on all
 * their tasks at once. A city's reported progress is shown to the office and leaders, to
 * the organisation that reported it and to the organisation that issued the city's plan;
 * others see where the task went, not what was reported.
 */
@Service
@Transactional(readOnly = true)
public class TaskCascade {

	private final TaskLinks links;

	private final Access access;

	private final JdbcClient jdbc;

	TaskCascade(TaskLinks links, Access access, JdbcClient jdbc) {
		this.links = links;
		this.access = access;
		this.jdbc = jdbc;
	}

	/**
	 * One lower task carrying the task down.
	 *
	 * @param link the link, with the lower task, its plan and its lead
	 * @param progress the latest progress reported on the lower task; null when none was
	 * sent or the reader may not see it
	 * @param progressHidden whether progress was reported that the reader may not see
	 */
	public record Row(TaskLinkView link, LatestProgress progress, boolean progressHidden) {
	}

	/** The lower tasks linked to the task (rejected links left out). */
	public List<Row> of(long taskId) {
		Actor actor = this.access.actor();
		List<TaskLinkView> down = this.links.down(taskId)
			.stream()
			.filter((l) -> !TaskLinkView.REJECTED.equals(l.status()))
			.toList();
		Map<Long, LatestProgress> latest = latest(down.stream().map(TaskLinkView::childTaskId).toList());
		List<Row> rows = new ArrayList<>();
		for (TaskLinkView link : down) {
			LatestProgress progress = latest.get(link.childTaskId());
			boolean visible = progress != null && mayRead(actor, link, progress);
			rows.add(new Row(link, visible ? progress : null, progress != null && !visible));
		}
		return rows;
	}

	private static boolean mayRead(Actor actor, TaskLinkView link, LatestProgress progress) {
		return actor.isOffice() || actor.isLeader() || actor.actsFor(progress.organisationId())
				|| (link.childIssuerId() != null && actor.actsFor(link.childIssuerId()));
	}

	/**
	 * The latest word on each task from a sent report, in one statement: the lead's
	 * account before a co-responsible organisation's own, the latest period first.
	 */
	Map<Long, LatestProgress> latest(Collection<Long> taskIds) {
		Map<Long, LatestProgress> latest = new HashMap<>();
		if (taskIds.isEmpty()) {
			return latest;
		}
		this.jdbc.sql("""
				select e.task_id, r.organisation_id, o.name, c.report_year, c.rhythm, c.period_number, r.state,
				       e.status, coalesce(e.consolidated, e.done), r.last_submitted_at
				from report_entry e
				join progress_report r on r.id = e.report_id
				join reporting_cycle c on c.id = r.cycle_id
				join organisation o on o.id = r.organisation_id
				where e.task_id in (:tasks) and r.state <> :draft and e.kind in (:kinds) and e.status is not null
				order by e.task_id, c.report_year desc, c.period_number desc,
				         case when e.kind = :lead then 0 else 1 end, r.last_submitted_at desc
				""")
			.param("tasks", List.copyOf(taskIds))
			.param("draft", ReportState.DRAFT.code())
			.param("kinds", List.of(EntryKind.OWN.code(), EntryKind.LEAD.code()))
			.param("lead", EntryKind.LEAD.code())
			.query((rs, i) -> new LatestProgress(rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getInt(4),
					rs.getString(5), rs.getInt(6), ReportState.of(rs.getString(7)), EntryStatus.of(rs.getString(8)),
					rs.getString(9), rs.getObject(10, java.time.OffsetDateTime.class)))
			.list()
			.forEach((p) -> latest.putIfAbsent(p.taskId(), p));
		return latest;
	}

}
