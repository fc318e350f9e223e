package org.luoshi.indicator.internal;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.luoshi.common.AuditedChange;
import org.luoshi.indicator.RevisionState;
import org.luoshi.indicator.TargetRevision;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Repository;

/** Revised targets of indicators, proposed, approved or returned; nothing is deleted. */
@Repository
public class RevisionStore {

	private static final String SELECT = """
			select id, indicator_id, target, target_upper, from_year, reason, state, proposed_by, proposed_at,
			       decided_by, decided_at, return_reason, version
			from indicator_target_revision
			""";

	private final JdbcClient jdbc;

	private final ApplicationEventPublisher events;

	RevisionStore(JdbcClient jdbc, ApplicationEventPublisher events) {
		this.jdbc = jdbc;
		this.events = events;
	}

	public long insert(long indicatorId, BigDecimal target, BigDecimal upper, int fromYear, String reason, String actor,
			OffsetDateTime at) {
		KeyHolder key = new GeneratedKeyHolder();
		this.jdbc.sql("""
				insert into indicator_target_revision (indicator_id, target, target_upper, from_year, reason, state,
				                                       proposed_by, proposed_at)
				values (:indicator, :target, :upper, :fromYear, :reason, :state, :actor, :at)
				""")
			.param("indicator", indicatorId)
			.param("target", target)
			.param("upper", upper)
			.param("fromYear", fromYear)
			.param("reason", reason)
			.param("state", RevisionState.PROPOSED.code())
			.param("actor", actor)
			.param("at", at)
			.update(key, "id");
		long id = key.getKeyAs(Number.class).longValue();
		this.events
			.publishEvent(new AuditedChange(actor, "indicator.target-revision-proposed", "indicator:" + indicatorId,
					fromYear + "：" + target.stripTrailingZeros().toPlainString() + "（" + reason + "）"));
		return id;
	}

	public Optional<TargetRevision> find(long id) {
		return this.jdbc.sql(SELECT + " where id = :id").param("id", id).query(RevisionStore::revision).optional();
	}

	/** Every revision of the indicator, oldest first. */
	public List<TargetRevision> ofIndicator(long indicatorId) {
		return this.jdbc.sql(SELECT + " where indicator_id = :indicator order by id")
			.param("indicator", indicatorId)
			.query(RevisionStore::revision)
			.list();
	}

	/**
	 * The approved revisions of the indicators given, in the order they were approved.
	 */
	public Map<Long, List<TargetRevision>> approved(List<Long> indicatorIds) {
		Map<Long, List<TargetRevision>> approved = new HashMap<>();
		if (indicatorIds.isEmpty()) {
			return approved;
		}
		this.jdbc.sql(SELECT + " where indicator_id in (:indicators) and state = :state order by decided_at, id")
			.param("indicators", indicatorIds)
			.param("state", RevisionState.APPROVED.code())
			.query(RevisionStore::revision)
			.list()
			.forEach((r) -> approved.computeIfAbsent(r.indicatorId(), (k) -> new java.util.ArrayList<>()).add(r));
		return approved;
	}

	/**
	 * Records a leader's decision if the revision is still at the version given.
	 * @return false when somebody decided it in between
	 */
	public boolean decide(TargetRevision revision, RevisionState state, String returnReason, String actor,
			OffsetDateTime at) {
		boolean decided = this.jdbc.sql("""
				update indicator_target_revision
				set state = :state, decided_by = :actor, decided_at = :at, return_reason = :reason,
				    version = version + 1
				where id = :id and version = :version
				""")
			.param("state", state.code())
			.param("actor", actor)
			.param("at", at)
			.param("reason", returnReason)
			.param("id", revision.id())
			.param("version", revision.version())
			.update() == 1;
		if (decided) {
			this.events.publishEvent(new AuditedChange(actor, "indicator.target-revision-" + state.code(),
					"indicator:" + revision.indicatorId(),
					revision.fromYear() + "：" + revision.target().stripTrailingZeros().toPlainString()
							+ ((returnReason != null) ? "（" + returnReason + "）" : "")));
		}
		return decided;
	}

	private static TargetRevision revision(ResultSet rs, int row) throws SQLException {
		return new TargetRevision(rs.getLong("id"), rs.getLong("indicator_id"), IndicatorStore.decimal(rs, "target"),
				IndicatorStore.decimal(rs, "target_upper"), rs.getInt("from_year"), rs.getString("reason"),
				RevisionState.of(rs.getString("state")), rs.getString("proposed_by"),
				rs.getObject("proposed_at", OffsetDateTime.class), rs.getString("decided_by"),
				rs.getObject("decided_at", OffsetDateTime.class), rs.getString("return_reason"), rs.getInt("version"));
	}

}
