package org.luoshi.plan.internal;

import org.luoshi.common.ComparedText;

import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Writes corrections to a task, each only if the task is still at the version the office
 * saw.
 */
@Repository
public class TaskEdits {

	private final JdbcClient jdbc;

	TaskEdits(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public void text(long taskId, int version, String text) {
		check(jdbc.sql("""
				update task set text = :text, compared_text = :compared, version = version + 1
				where id = :id and version = :version
				""")
			.param("text", text)
			.param("compared", ComparedText.of(text))
			.param("id", taskId)
			.param("version", version)
			.update(), taskId);
	}

	/**
	 * Moves the task to its next version, for a change that is made in its assignments.
	 */
	public void touch(long taskId, int version) {
		check(jdbc.sql("update task set version = version + 1 where id = :id and version = :version")
			.param("id", taskId)
			.param("version", version)
			.update(), taskId);
	}

	public void mode(long taskId, String mode) {
		jdbc.sql("update task set mode = :mode where id = :id").param("mode", mode).param("id", taskId).update();
	}

	private static void check(int updated, long taskId) {
		if (updated != 1) {
			throw new OptimisticLockingFailureException("task " + taskId + " was changed by someone else");
		}
	}

}
