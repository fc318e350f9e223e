package org.luoshi.audit;

import java.time.OffsetDateTime;

import org.luoshi.audit.internal.AuditHash;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Checks the audit log's hash chain from the first entry to the last: every entry must
 * follow the hash of the one before it and give its own hash from its content, and the
 * chain's head must name the last entry. Run by {@code luoshi audit verify}; names the
 * first link that does not hold.
 */
@Service
@Transactional(readOnly = true)
public class AuditChain {

	private final JdbcClient jdbc;

	AuditChain(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public ChainCheck verify() {
		String[] previous = { AuditHash.GENESIS };
		long[] count = { 0, 0 };
		ChainCheck[] broken = { null };
		this.jdbc
			.sql("select id, occurred_at, actor, action, subject, summary, prev_hash, hash"
					+ " from audit_entry order by id")
			.query((rs) -> {
				if (broken[0] != null) {
					return;
				}
				long id = rs.getLong(1);
				count[0]++;
				count[1] = id;
				String hash = rs.getString(8);
				if (!previous[0].equals(rs.getString(7))) {
					broken[0] = new ChainCheck(count[0], id, ChainCheck.Failure.UNLINKED);
					return;
				}
				String expected = AuditHash.of(previous[0], rs.getObject(2, OffsetDateTime.class), rs.getString(3),
						rs.getString(4), rs.getString(5), rs.getString(6));
				if (!expected.equals(hash)) {
					broken[0] = new ChainCheck(count[0], id, ChainCheck.Failure.ALTERED);
					return;
				}
				previous[0] = hash;
			});
		if (broken[0] != null) {
			return broken[0];
		}
		String head = this.jdbc.sql("select last_hash from audit_chain_head where id = 1")
			.query(String.class)
			.optional()
			.orElse(AuditHash.GENESIS);
		if (!head.equals(previous[0])) {
			return new ChainCheck(count[0], count[1], ChainCheck.Failure.TAIL_REMOVED);
		}
		return new ChainCheck(count[0], null, null);
	}

}
