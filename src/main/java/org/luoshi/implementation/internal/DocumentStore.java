package org.luoshi.implementation.internal;

import java.time.OffsetDateTime;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Repository;

/**
 * Documents uploaded as implementation plans, kept as they arrived until confirmed or
 * dropped.
 */
@Repository
public class DocumentStore {

	/** A document as kept. */
	public record Document(long id, long planId, long organisationId, String fileName, byte[] content, String status) {
	}

	private final JdbcClient jdbc;

	DocumentStore(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public long add(long planId, long organisationId, String fileName, byte[] content, String actor,
			OffsetDateTime at) {
		KeyHolder key = new GeneratedKeyHolder();
		this.jdbc
			.sql("""
					insert into implementation_document (plan_id, organisation_id, file_name, content, status, created_by, created_at)
					values (:plan, :org, :name, :content, 'proposed', :actor, :at)
					""")
			.param("plan", planId)
			.param("org", organisationId)
			.param("name", (fileName.length() > 255) ? fileName.substring(0, 255) : fileName)
			.param("content", content)
			.param("actor", actor)
			.param("at", at)
			.update(key, "id");
		return key.getKeyAs(Number.class).longValue();
	}

	public Optional<Document> find(long id) {
		return this.jdbc
			.sql("select id, plan_id, organisation_id, file_name, content, status from implementation_document"
					+ " where id = :id")
			.param("id", id)
			.query((rs, i) -> new Document(rs.getLong(1), rs.getLong(2), rs.getLong(3), rs.getString(4), rs.getBytes(5),
					rs.getString(6)))
			.optional();
	}

	public void decided(long id, String status, String actor, OffsetDateTime at) {
		this.jdbc
			.sql("update implementation_document set status = :status, decided_by = :actor, decided_at = :at"
					+ " where id = :id")
			.param("status", status)
			.param("actor", actor)
			.param("at", at)
			.param("id", id)
			.update();
	}

}
