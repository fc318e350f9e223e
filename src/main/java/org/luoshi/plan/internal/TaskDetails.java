package org.luoshi.plan.internal;

import java.util.Optional;

import org.luoshi.plan.TaskDetail;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * A task with its chapter and section titles, the notice line it came from and its
 * history.
 */
@Repository
public class TaskDetails {

	private final JdbcClient jdbc;

	private final TaskReads reads;

	private final NoticeStore notices;

	private final CorrectionStore corrections;

	TaskDetails(JdbcClient jdbc, TaskReads reads, NoticeStore notices, CorrectionStore corrections) {
		this.jdbc = jdbc;
		this.reads = reads;
		this.notices = notices;
		this.corrections = corrections;
	}

	public Optional<TaskDetail> of(long taskId) {
		record Row(String chapterTitle, String sectionTitle, String clause, long noticeId, Integer line,
				boolean removed, int version, String timeLimit) {
		}
		Optional<Row> row = jdbc.sql("""
				select c.title, s.title, t.responsibility_clause, t.notice_id, t.source_line, t.removed, t.version,
				       t.time_limit
				from task t join chapter c on c.id = t.chapter_id left join section s on s.id = t.section_id
				where t.id = :id
				""")
			.param("id", taskId)
			.query((rs, i) -> new Row(rs.getString(1), rs.getString(2), rs.getString(3), rs.getLong(4),
					(Integer) rs.getObject(5), rs.getBoolean(6), rs.getInt(7), rs.getString(8)))
			.optional();
		return row.flatMap(r -> reads.byId(taskId).map(summary -> {
			String source = r.line() == null ? null : notices.text(r.noticeId()).map(text -> {
				String[] lines = text.split("\n", -1);
				return r.line() >= 1 && r.line() <= lines.length ? lines[r.line() - 1].strip() : null;
			}).orElse(null);
			return new TaskDetail(summary, r.chapterTitle(), r.sectionTitle(), r.clause(), r.timeLimit(), r.noticeId(),
					source, r.removed(), r.version(), corrections.of(taskId));
		}));
	}

}
