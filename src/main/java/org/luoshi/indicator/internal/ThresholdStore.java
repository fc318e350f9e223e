package org.luoshi.indicator.internal;

import java.time.OffsetDateTime;
import java.util.Optional;

import org.luoshi.indicator.StatusThresholds;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The status thresholds a plan's office has set; a plan without a row uses the defaults.
 */
@Repository
public class ThresholdStore {

	/** The thresholds of a plan and the version a change must name. */
	public record Stored(StatusThresholds thresholds, int version) {
	}

	private final JdbcClient jdbc;

	ThresholdStore(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public Optional<Stored> find(long planId) {
		return this.jdbc
			.sql("select on_track_points, at_risk_points, version from indicator_thresholds where plan_id = :plan")
			.param("plan", planId)
			.query((rs, i) -> new Stored(
					new StatusThresholds(rs.getBigDecimal(1).doubleValue(), rs.getBigDecimal(2).doubleValue()),
					rs.getInt(3)))
			.optional();
	}

	public StatusThresholds of(long planId) {
		return find(planId).map(Stored::thresholds).orElse(StatusThresholds.DEFAULTS);
	}

	/**
	 * Sets the thresholds if they are still at the version the caller saw (0 for a plan
	 * on the defaults).
	 * @return false when somebody changed them in between
	 */
	public boolean save(long planId, StatusThresholds thresholds, int expectedVersion, String actor,
			OffsetDateTime at) {
		Optional<Stored> stored = find(planId);
		if (stored.isEmpty()) {
			if (expectedVersion != 0) {
				return false;
			}
			this.jdbc.sql("""
					insert into indicator_thresholds (plan_id, on_track_points, at_risk_points, version, updated_by,
					                                  updated_at)
					values (:plan, :onTrack, :atRisk, 1, :actor, :at)
					""")
				.param("plan", planId)
				.param("onTrack", thresholds.onTrackPoints())
				.param("atRisk", thresholds.atRiskPoints())
				.param("actor", actor)
				.param("at", at)
				.update();
			return true;
		}
		return this.jdbc.sql("""
				update indicator_thresholds set on_track_points = :onTrack, at_risk_points = :atRisk,
				       version = version + 1, updated_by = :actor, updated_at = :at
				where plan_id = :plan and version = :version
				""")
			.param("onTrack", thresholds.onTrackPoints())
			.param("atRisk", thresholds.atRiskPoints())
			.param("actor", actor)
			.param("at", at)
			.param("plan", planId)
			.param("version", expectedVersion)
			.update() == 1;
	}

}
