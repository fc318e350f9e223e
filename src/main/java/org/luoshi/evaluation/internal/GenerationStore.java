package org.luoshi.evaluation.internal;

import java.time.OffsetDateTime;
import java.util.Optional;

import org.luoshi.evaluation.Generation;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Generations under way and done, written outside the generation's own transaction so
 * that a poll from any node sees each step as it is reached.
 */
@Repository
public class GenerationStore {

	private final JdbcClient jdbc;

	GenerationStore(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Transactional(propagation = Propagation.REQUIRES_NEW)
	public long start(long planId, int year, int steps, String actor, OffsetDateTime at) {
		KeyHolder key = new GeneratedKeyHolder();
		this.jdbc.sql("""
				insert into annual_report_generation (plan_id, report_year, state, step, steps, requested_by,
				                                      requested_at)
				values (:plan, :year, 'running', 0, :steps, :actor, :at)
				""")
			.param("plan", planId)
			.param("year", year)
			.param("steps", steps)
			.param("actor", actor)
			.param("at", at)
			.update(key, "id");
		return key.getKeyAs(Number.class).longValue();
	}

	@Transactional(propagation = Propagation.REQUIRES_NEW)
	public void step(long id, int step) {
		this.jdbc.sql("update annual_report_generation set step = :step where id = :id")
			.param("step", step)
			.param("id", id)
			.update();
	}

	@Transactional(propagation = Propagation.REQUIRES_NEW)
	public void done(long id, long reportId) {
		this.jdbc
			.sql("update annual_report_generation set state = 'done', step = steps, report_id = :report where id = :id")
			.param("report", reportId)
			.param("id", id)
			.update();
	}

	@Transactional(propagation = Propagation.REQUIRES_NEW)
	public void failed(long id, String failure) {
		this.jdbc.sql("update annual_report_generation set state = 'failed', failure = :failure where id = :id")
			.param("failure", (failure.length() > 1000) ? failure.substring(0, 1000) : failure)
			.param("id", id)
			.update();
	}

	public Optional<Generation> find(long id) {
		return this.jdbc.sql("""
				select id, plan_id, report_year, state, step, steps, report_id, failure
				from annual_report_generation where id = :id
				""")
			.param("id", id)
			.query((rs, i) -> new Generation(rs.getLong(1), rs.getLong(2), rs.getInt(3), rs.getString(4), rs.getInt(5),
					rs.getInt(6), rs.getObject(7, Long.class), rs.getString(8)))
			.optional();
	}

}
