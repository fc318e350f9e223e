package org.luoshi.reporting.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;

import org.luoshi.reporting.AttachmentInfo;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Repository;

/** Files attached to reports, their bytes kept in the database. */
@Repository
public class AttachmentStore {

	private static final String INFO = "select id, task_id, file_name, media_type, byte_size, sha256, uploaded_by, uploaded_at from report_attachment";

	private final JdbcClient jdbc;

	AttachmentStore(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public long insert(long reportId, Long taskId, String fileName, String mediaType, byte[] content, String sha256,
			String actor, OffsetDateTime at) {
		KeyHolder key = new GeneratedKeyHolder();
		this.jdbc.sql("""
				insert into report_attachment (report_id, task_id, file_name, media_type, byte_size, sha256, content,
				                               uploaded_by, uploaded_at)
				values (:report, :task, :name, :type, :size, :sha, :content, :actor, :at)
				""")
			.param("report", reportId)
			.param("task", taskId)
			.param("name", fileName)
			.param("type", mediaType)
			.param("size", content.length)
			.param("sha", sha256)
			.param("content", content)
			.param("actor", actor)
			.param("at", at)
			.update(key, "id");
		return key.getKeyAs(Number.class).longValue();
	}

	public List<AttachmentInfo> ofReport(long reportId, ZoneId zone) {
		return this.jdbc.sql(INFO + " where report_id = :report order by id")
			.param("report", reportId)
			.query((rs, i) -> info(rs, zone))
			.list();
	}

	public Optional<AttachmentInfo> find(long reportId, long id, ZoneId zone) {
		return this.jdbc.sql(INFO + " where report_id = :report and id = :id")
			.param("report", reportId)
			.param("id", id)
			.query((rs, i) -> info(rs, zone))
			.optional();
	}

	public byte[] content(long id) {
		return this.jdbc.sql("select content from report_attachment where id = :id")
			.param("id", id)
			.query((rs, i) -> rs.getBytes(1))
			.single();
	}

	private static AttachmentInfo info(ResultSet rs, ZoneId zone) throws SQLException {
		return new AttachmentInfo(rs.getLong("id"), rs.getObject("task_id", Long.class), rs.getString("file_name"),
				rs.getString("media_type"), rs.getLong("byte_size"), rs.getString("sha256"),
				rs.getString("uploaded_by"), Times.in(rs, "uploaded_at", zone));
	}

}
