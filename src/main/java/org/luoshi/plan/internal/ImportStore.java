package org.luoshi.plan.internal;

import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Repository;

/**
 * Imports waiting for the office's decision, with the organisations chosen for unknown
 * names.
 */
@Repository
public class ImportStore {

	public static final String PENDING = "pending";

	public static final String CONFIRMED = "confirmed";

	public static final String DISCARDED = "discarded";

	private final JdbcClient jdbc;

	ImportStore(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public long create(String sha256, String fileName, byte[] content, Long planId, Long parentPlanId, String actor,
			OffsetDateTime at) {
		KeyHolder key = new GeneratedKeyHolder();
		jdbc.sql("""
				insert into notice_import (sha256, file_name, content, plan_id, parent_plan_id, status, created_by,
				                           created_at)
				values (:sha256, :fileName, :content, :planId, :parentPlanId, :status, :actor, :at)
				""")
			.param("parentPlanId", parentPlanId)
			.param("sha256", sha256)
			.param("fileName", fileName)
			.param("content", content)
			.param("planId", planId)
			.param("status", PENDING)
			.param("actor", actor)
			.param("at", at)
			.update(key, "id");
		return key.getKey().longValue();
	}

	public Optional<PendingImport> find(long id) {
		return jdbc.sql("""
				select id, sha256, file_name, content, plan_id, status, version, parent_plan_id
				from notice_import where id = :id""")
			.param("id", id)
			.query((rs, i) -> new PendingImport(rs.getLong("id"), rs.getString("sha256"), rs.getString("file_name"),
					rs.getBytes("content"), rs.getObject("plan_id") == null ? null : rs.getLong("plan_id"),
					rs.getString("status"), rs.getInt("version"),
					rs.getObject("parent_plan_id") == null ? null : rs.getLong("parent_plan_id")))
			.optional();
	}

	/** The office's choices for names the directory does not know, by written name. */
	public Map<String, Long> mappings(long importId) {
		Map<String, Long> mappings = new LinkedHashMap<>();
		jdbc.sql("select written_name, organisation_id from notice_import_mapping where import_id = :id")
			.param("id", importId)
			.query((rs, i) -> mappings.put(rs.getString(1), rs.getLong(2)))
			.list();
		return mappings;
	}

	public void map(long importId, String writtenName, long organisationId) {
		jdbc.sql("delete from notice_import_mapping where import_id = :id and written_name = :name")
			.param("id", importId)
			.param("name", writtenName)
			.update();
		jdbc.sql(
				"insert into notice_import_mapping (import_id, written_name, organisation_id) values (:id, :name, :org)")
			.param("id", importId)
			.param("name", writtenName)
			.param("org", organisationId)
			.update();
	}

	/**
	 * Records the decision; a concurrent decision on the same import fails instead of
	 * being overwritten.
	 */
	public void decide(PendingImport pending, String status, Long noticeId, String actor, OffsetDateTime at) {
		int updated = jdbc.sql("""
				update notice_import set status = :status, notice_id = :noticeId, decided_by = :actor, decided_at = :at,
				       version = version + 1
				where id = :id and version = :version and status = 'pending'
				""")
			.param("status", status)
			.param("noticeId", noticeId)
			.param("actor", actor)
			.param("at", at)
			.param("id", pending.id())
			.param("version", pending.version())
			.update();
		if (updated != 1) {
			throw new OptimisticLockingFailureException("import " + pending.id() + " was decided by someone else");
		}
	}

	/** An uploaded notice and the state of its import. */
	public record PendingImport(long id, String sha256, String fileName, byte[] content, Long planId, String status,
			int version, Long parentPlanId) {

		public boolean pending() {
			return PENDING.equals(status);
		}

	}

}
