package org.luoshi.indicator.internal;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;

import org.luoshi.indicator.CheckMethod;
import org.luoshi.indicator.DecompositionState;
import org.luoshi.indicator.DecompositionStep;

import org.luoshi.common.AuditedChange;
import org.luoshi.common.Illustrative;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Repository;

/** Decompositions, their city shares and every step they took. */
@Repository
public class DecompositionStore {

	/** A decomposition as stored. */
	public record Stored(long id, long indicatorId, DecompositionState state, CheckMethod method, String returnedReason,
			int version, boolean illustrative) {
	}

	/** A city's share as stored. */
	public record Share(long organisationId, Long regionId, BigDecimal target, BigDecimal weight) {
	}

	private static final String SELECT = "select id, indicator_id, state, check_method, returned_reason, version, illustrative from decomposition";

	private final JdbcClient jdbc;

	private final ApplicationEventPublisher events;

	DecompositionStore(JdbcClient jdbc, ApplicationEventPublisher events) {
		this.events = events;
		this.jdbc = jdbc;
	}

	public long insert(long indicatorId, CheckMethod method, String actor, OffsetDateTime at) {
		KeyHolder key = new GeneratedKeyHolder();
		this.jdbc.sql("""
				insert into decomposition (indicator_id, state, check_method, created_by, created_at, illustrative)
				values (:indicator, :state, :method, :actor, :at, :illustrative)
				""")
			.param("indicator", indicatorId)
			.param("state", DecompositionState.DRAFT.code())
			.param("method", method.code())
			.param("actor", actor)
			.param("at", at)
			.param("illustrative", Illustrative.active())
			.update(key, "id");
		return key.getKeyAs(Number.class).longValue();
	}

	public void addShare(long id, Regions.City city, int position) {
		this.jdbc.sql("""
				insert into decomposition_share (decomposition_id, organisation_id, region_id, position)
				values (:id, :organisation, :region, :position)
				""")
			.param("id", id)
			.param("organisation", city.organisationId())
			.param("region", city.regionId())
			.param("position", position)
			.update();
	}

	public Optional<Stored> find(long id) {
		return this.jdbc.sql(SELECT + " where id = :id").param("id", id).query(DecompositionStore::stored).optional();
	}

	public List<Stored> ofIndicator(long indicatorId) {
		return this.jdbc.sql(SELECT + " where indicator_id = :indicator order by id")
			.param("indicator", indicatorId)
			.query(DecompositionStore::stored)
			.list();
	}

	public List<Share> shares(long id) {
		return this.jdbc.sql("""
				select organisation_id, region_id, target, weight from decomposition_share
				where decomposition_id = :id order by position
				""")
			.param("id", id)
			.query((rs, i) -> new Share(rs.getLong(1), rs.getObject(2, Long.class),
					IndicatorStore.decimal(rs, "target"), IndicatorStore.decimal(rs, "weight")))
			.list();
	}

	public void updateShare(long id, long organisationId, BigDecimal target, BigDecimal weight) {
		this.jdbc.sql("""
				update decomposition_share set target = :target, weight = :weight
				where decomposition_id = :id and organisation_id = :organisation
				""")
			.param("target", target)
			.param("weight", weight)
			.param("id", id)
			.param("organisation", organisationId)
			.update();
	}

	/**
	 * Moves the decomposition to a state, or only to a new version (state unchanged), if
	 * it is still at the version given.
	 * @return false when it changed in between
	 */
	public boolean move(long id, int expectedVersion, DecompositionState state, String returnedReason) {
		return this.jdbc.sql("""
				update decomposition set state = :state, returned_reason = :reason, version = version + 1
				where id = :id and version = :version
				""")
			.param("state", state.code())
			.param("reason", returnedReason)
			.param("id", id)
			.param("version", expectedVersion)
			.update() == 1;
	}

	public void addStep(long id, DecompositionState from, DecompositionState to, String reason, String actor,
			OffsetDateTime at) {
		this.jdbc.sql("""
				insert into decomposition_step (decomposition_id, from_state, to_state, reason, actor, recorded_at)
				values (:id, :from, :to, :reason, :actor, :at)
				""")
			.param("id", id)
			.param("from", (from != null) ? from.code() : null)
			.param("to", to.code())
			.param("reason", reason)
			.param("actor", actor)
			.param("at", at)
			.update();
		this.events.publishEvent(new AuditedChange(actor, "indicator.decomposition-" + to.code(), "decomposition:" + id,
				(from == null ? "" : from.code() + " → ") + to.code() + (reason == null ? "" : "：" + reason)));
	}

	public List<DecompositionStep> steps(long id) {
		return this.jdbc.sql("""
				select from_state, to_state, reason, actor, recorded_at from decomposition_step
				where decomposition_id = :id order by id
				""")
			.param("id", id)
			.query((rs, i) -> new DecompositionStep(
					(rs.getString(1) != null) ? DecompositionState.of(rs.getString(1)) : null,
					DecompositionState.of(rs.getString(2)), rs.getString(3), rs.getString(4),
					rs.getObject(5, OffsetDateTime.class)))
			.list();
	}

	private static Stored stored(ResultSet rs, int row) throws SQLException {
		return new Stored(rs.getLong("id"), rs.getLong("indicator_id"), DecompositionState.of(rs.getString("state")),
				CheckMethod.of(rs.getString("check_method")), rs.getString("returned_reason"), rs.getInt("version"),
				rs.getBoolean("illustrative"));
	}

}
