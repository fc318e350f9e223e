package org.luoshi.plan.internal;

import java.time.OffsetDateTime;
import java.util.Optional;

import org.luoshi.notice.NoticeDraft;
import org.luoshi.notice.NoticeText;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Repository;

/** Notices kept verbatim: the bytes as uploaded, their digest, and the text as read. */
@Repository
public class NoticeStore {

	private final JdbcClient jdbc;

	NoticeStore(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** The stored notice with this digest and the plan it went into. */
	public Optional<StoredNotice> findBySha256(String sha256) {
		return jdbc
			.sql("""
					select n.id, n.file_name, (select min(r.plan_id) from plan_revision r where r.notice_id = n.id) as plan_id
					from notice n where n.sha256 = :sha256
					""")
			.param("sha256", sha256)
			.query((rs, i) -> new StoredNotice(rs.getLong("id"), rs.getString("file_name"),
					rs.getObject("plan_id") == null ? null : rs.getLong("plan_id")))
			.optional();
	}

	public long save(NoticeText text, byte[] content, String fileName, NoticeDraft draft, String actor,
			OffsetDateTime at) {
		KeyHolder key = new GeneratedKeyHolder();
		jdbc.sql(
				"""
						insert into notice (sha256, file_name, format, encoding, byte_size, content, text_content, title, issuer,
						                    issued_on, imported_by, imported_at)
						values (:sha256, :fileName, :format, :encoding, :byteSize, :content, :text, :title, :issuer, :issuedOn,
						        :actor, :at)
						""")
			.param("sha256", text.sha256())
			.param("fileName", fileName)
			.param("format", text.format().extension())
			.param("encoding", text.encoding())
			.param("byteSize", content.length)
			.param("content", content)
			.param("text", String.join("\n", text.lines()))
			.param("title", draft.title())
			.param("issuer", draft.issuer())
			.param("issuedOn", draft.date())
			.param("actor", actor)
			.param("at", at)
			.update(key, "id");
		return key.getKey().longValue();
	}

	/** The text of a stored notice as read, for showing a task's source line. */
	public Optional<String> text(long noticeId) {
		return jdbc.sql("select text_content from notice where id = :id")
			.param("id", noticeId)
			.query(String.class)
			.optional();
	}

	/** A notice already in the register. */
	public record StoredNotice(long id, String fileName, Long planId) {
	}

}
