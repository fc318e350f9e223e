package org.luoshi.plan.internal;

import java.time.OffsetDateTime;
import java.util.List;

import org.luoshi.plan.TaskCorrection;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Every change to a task after import, with the value it replaced, who made it and when.
 */
@Repository
public class CorrectionStore {

	private final JdbcClient jdbc;

	CorrectionStore(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public void record(long taskId, String field, String previous, String now, String reason, String actor,
			OffsetDateTime at) {
		jdbc.sql("""
				insert into task_correction (task_id, field, previous_value, new_value, reason, actor, recorded_at)
				values (:task, :field, :previous, :now, :reason, :actor, :at)
				""")
			.param("task", taskId)
			.param("field", field)
			.param("previous", previous)
			.param("now", now)
			.param("reason", reason)
			.param("actor", actor)
			.param("at", at)
			.update();
	}

	public List<TaskCorrection> of(long taskId) {
		return jdbc.sql("""
				select field, previous_value, new_value, reason, actor, recorded_at from task_correction
				where task_id = :task order by recorded_at, id
				""")
			.param("task", taskId)
			.query((rs, i) -> new TaskCorrection(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4),
					rs.getString(5), rs.getObject(6, OffsetDateTime.class)))
			.list();
	}

}
