package org.luoshi.audit;

import java.time.OffsetDateTime;

import org.luoshi.common.Page;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reads the audit log, newest first, optionally for one subject (plan:12) or one actor.
 */
@Service
@Transactional(readOnly = true)
public class AuditLog {

	private final JdbcClient jdbc;

	AuditLog(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@PreAuthorize("hasAnyRole('OFFICE', 'LEADER')")
	public Page<AuditEntry> entries(String subject, String actor, int page, int size) {
		String where = " where (cast(:subject as varchar) is null or subject = :subject)"
				+ " and (cast(:actor as varchar) is null or actor = :actor)";
		long total = jdbc.sql("select count(*) from audit_entry" + where)
			.param("subject", subject)
			.param("actor", actor)
			.query(Long.class)
			.single();
		var items = jdbc
			.sql("select id, occurred_at, actor, action, subject, summary from audit_entry" + where
					+ " order by id desc limit :size offset :offset")
			.param("subject", subject)
			.param("actor", actor)
			.param("size", size)
			.param("offset", (long) page * size)
			.query((rs, i) -> new AuditEntry(rs.getLong(1), rs.getObject(2, OffsetDateTime.class), rs.getString(3),
					rs.getString(4), rs.getString(5), rs.getString(6)))
			.list();
		return new Page<>(items, page, size, total);
	}

}
