package org.luoshi.reporting.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;

import tools.jackson.databind.json.JsonMapper;
import org.luoshi.reporting.ReportSnapshot;
import org.luoshi.reporting.Submission;
import org.luoshi.reporting.VersionInfo;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Every submitted version of a report, its snapshot kept as JSON, found again by number
 * or by the idempotency key it came with.
 */
@Repository
public class VersionStore {

	private static final JsonMapper json = JsonMapper.builder().build();

	private final JdbcClient jdbc;

	VersionStore(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** The number the next version of the report gets. */
	public int next(long reportId) {
		return this.jdbc.sql("select coalesce(max(number), 0) + 1 from report_version where report_id = :report")
			.param("report", reportId)
			.query(Integer.class)
			.single();
	}

	public void insert(long reportId, int number, String key, ReportSnapshot snapshot, String actor,
			OffsetDateTime at) {
		this.jdbc.sql("""
				insert into report_version (report_id, number, idempotency_key, snapshot, submitted_by, submitted_at)
				values (:report, :number, :key, :snapshot, :actor, :at)
				""")
			.param("report", reportId)
			.param("number", number)
			.param("key", key)
			.param("snapshot", json.writeValueAsString(snapshot))
			.param("actor", actor)
			.param("at", at)
			.update();
	}

	public Optional<Submission> byKey(long reportId, String key, ZoneId zone) {
		return this.jdbc.sql("""
				select report_id, number, submitted_at, submitted_by, idempotency_key from report_version
				where report_id = :report and idempotency_key = :key
				""")
			.param("report", reportId)
			.param("key", key)
			.query((rs, i) -> new Submission(rs.getLong(1), rs.getInt(2), Times.in(rs, "submitted_at", zone),
					rs.getString(4), rs.getString(5)))
			.optional();
	}

	/** Every version, oldest first, without snapshots. */
	public List<VersionInfo> list(long reportId, ZoneId zone) {
		return this.jdbc.sql("""
				select report_id, number, submitted_at, submitted_by from report_version
				where report_id = :report order by number
				""").param("report", reportId).query((rs, i) -> info(rs, zone, null)).list();
	}

	public Optional<VersionInfo> get(long reportId, int number, ZoneId zone) {
		return this.jdbc.sql("""
				select report_id, number, submitted_at, submitted_by, snapshot from report_version
				where report_id = :report and number = :number
				""")
			.param("report", reportId)
			.param("number", number)
			.query((rs, i) -> info(rs, zone, json.readValue(rs.getString("snapshot"), ReportSnapshot.class)))
			.optional();
	}

	public Optional<VersionInfo> latest(long reportId, ZoneId zone) {
		return this.jdbc.sql("select number from report_version where report_id = :report order by number desc limit 1")
			.param("report", reportId)
			.query(Integer.class)
			.optional()
			.flatMap((number) -> get(reportId, number, zone));
	}

	public int count(long reportId) {
		return this.jdbc.sql("select count(*) from report_version where report_id = :report")
			.param("report", reportId)
			.query(Integer.class)
			.single();
	}

	private static VersionInfo info(ResultSet rs, ZoneId zone, ReportSnapshot snapshot) throws SQLException {
		return new VersionInfo(rs.getLong("report_id"), rs.getInt("number"), Times.in(rs, "submitted_at", zone),
				rs.getString("submitted_by"), snapshot);
	}

}
