package org.luoshi.reporting.internal;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.Map;

import org.luoshi.reporting.MilestoneOutcome;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * What a report's entries say of the milestones due in its period, and how many of each
 * entry's milestones were overdue when it was last saved or submitted (which makes the
 * task lagging by rule).
 */
@Repository
public class MilestoneAnswerStore {

	/** One answer as kept. */
	public record Answer(long taskId, long milestoneId, MilestoneOutcome outcome, LocalDate completedOn,
			String evidence) {
	}

	private final JdbcClient jdbc;

	MilestoneAnswerStore(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** Every answer of the report, by task and milestone, in one statement. */
	public Map<Long, Map<Long, Answer>> ofReport(long reportId) {
		Map<Long, Map<Long, Answer>> answers = new HashMap<>();
		this.jdbc.sql("""
				select e.task_id, m.milestone_id, m.outcome, m.completed_on, m.evidence
				from report_milestone m join report_entry e on e.id = m.entry_id where e.report_id = :report
				""").param("report", reportId).query((rs, i) -> {
			Answer a = new Answer(rs.getLong(1), rs.getLong(2), MilestoneOutcome.of(rs.getString(3)),
					rs.getObject(4, LocalDate.class), rs.getString(5));
			answers.computeIfAbsent(a.taskId(), (k) -> new HashMap<>()).put(a.milestoneId(), a);
			return null;
		}).list();
		return answers;
	}

	public void save(long reportId, long taskId, long milestoneId, MilestoneOutcome outcome, LocalDate completedOn,
			String evidence, String actor, OffsetDateTime at) {
		long entry = this.jdbc.sql("select id from report_entry where report_id = :r and task_id = :t")
			.param("r", reportId)
			.param("t", taskId)
			.query(Long.class)
			.single();
		int updated = this.jdbc.sql("""
				update report_milestone set outcome = :outcome, completed_on = :on, evidence = :evidence,
				updated_by = :actor, updated_at = :at where entry_id = :entry and milestone_id = :milestone
				""")
			.param("outcome", outcome.code())
			.param("on", completedOn)
			.param("evidence", evidence)
			.param("actor", actor)
			.param("at", at)
			.param("entry", entry)
			.param("milestone", milestoneId)
			.update();
		if (updated == 0) {
			this.jdbc
				.sql("""
						insert into report_milestone (entry_id, milestone_id, outcome, completed_on, evidence, updated_by, updated_at)
						values (:entry, :milestone, :outcome, :on, :evidence, :actor, :at)
						""")
				.param("entry", entry)
				.param("milestone", milestoneId)
				.param("outcome", outcome.code())
				.param("on", completedOn)
				.param("evidence", evidence)
				.param("actor", actor)
				.param("at", at)
				.update();
		}
	}

	/** Records how many of the entry's milestones are overdue. */
	public void overdue(long reportId, long taskId, int count) {
		this.jdbc
			.sql("update report_entry set overdue_milestones = :n where report_id = :r and task_id = :t"
					+ " and overdue_milestones <> :n")
			.param("n", count)
			.param("r", reportId)
			.param("t", taskId)
			.update();
	}

	/**
	 * How many tasks each organisation's report in the cycle counts as lagging by rule.
	 */
	public Map<Long, Integer> laggingByRule(long cycleId) {
		Map<Long, Integer> counts = new HashMap<>();
		this.jdbc.sql("""
				select r.organisation_id, count(*) from report_entry e join progress_report r on r.id = e.report_id
				where r.cycle_id = :cycle and e.overdue_milestones > 0 group by r.organisation_id
				""").param("cycle", cycleId).query((rs, i) -> counts.put(rs.getLong(1), rs.getInt(2))).list();
		return counts;
	}

}
