package org.luoshi.audit;

import java.time.OffsetDateTime;

import org.luoshi.common.Page;
import org.luoshi.security.CurrentActor;
import org.luoshi.security.Role;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reads the audit log, newest first, optionally for one subject (plan:12) or one actor;
 * the planning office and leaders read it, nobody else.
 */
@Service
@Transactional(readOnly = true)
public class AuditLog {

	private final JdbcClient jdbc;

	private final CurrentActor actors;

	AuditLog(JdbcClient jdbc, CurrentActor actors) {
		this.jdbc = jdbc;
		this.actors = actors;
	}

	/**
	 * @throws org.luoshi.security.NotPermitted unless the office or a leader reads
	 */
	public Page<AuditEntry> entries(String subject, String actor, int page, int size) {
		this.actors.requireRole("read-audit", Role.OFFICE, Role.LEADER);
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
