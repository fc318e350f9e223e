package org.luoshi.indicator.internal;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.Objects;

import org.luoshi.common.AuditedChange;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The history of the office's changes to an indicator: field, old and new value, who,
 * when.
 */
@Repository
public class ChangeStore {

	private final JdbcClient jdbc;

	private final ApplicationEventPublisher events;

	ChangeStore(JdbcClient jdbc, ApplicationEventPublisher events) {
		this.events = events;
		this.jdbc = jdbc;
	}

	/** Records the change of one field, if it changed. */
	public void record(long indicatorId, String field, Object previous, Object now, String actor, OffsetDateTime at) {
		String before = text(previous);
		String after = text(now);
		if (Objects.equals(before, after)) {
			return;
		}
		this.jdbc.sql("""
				insert into indicator_change (indicator_id, field, previous_value, new_value, actor, recorded_at)
				values (:indicator, :field, :previous, :now, :actor, :at)
				""")
			.param("indicator", indicatorId)
			.param("field", field)
			.param("previous", before)
			.param("now", after)
			.param("actor", actor)
			.param("at", at)
			.update();
		this.events.publishEvent(new AuditedChange(actor, "indicator.changed", "indicator:" + indicatorId,
				field + "：「" + before + "」→「" + after + "」"));
	}

	public int count(long indicatorId) {
		return this.jdbc.sql("select count(*) from indicator_change where indicator_id = :indicator")
			.param("indicator", indicatorId)
			.query(Integer.class)
			.single();
	}

	private static String text(Object value) {
		if (value instanceof BigDecimal decimal) {
			return decimal.stripTrailingZeros().toPlainString();
		}
		return (value != null) ? value.toString() : null;
	}

}
