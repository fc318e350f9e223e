package org.luoshi.audit.internal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;

import org.flywaydb.core.api.MigrationVersion;
import org.flywaydb.core.api.migration.Context;
import org.flywaydb.core.api.migration.JavaMigration;

import org.springframework.stereotype.Component;

/**
 * V24: the audit log becomes a hash chain that the database itself keeps append-only.
 * Each entry gets the hash it follows and its own (see {@link AuditHash}); the entries
 * already written are chained here, in the order of their ids, so every database migrated
 * from the same log holds the same chain. {@code audit_chain_head} keeps the newest hash:
 * writers lock its one row, so entries are chained one after another, and
 * {@code audit verify} compares it with the last entry, so a removed tail shows too. Then
 * a trigger refuses every update and delete — plpgsql on PostgreSQL, a Java trigger
 * ({@link AppendOnlyTrigger}) on H2, which is why this migration is Java rather than SQL.
 */
@Component
class AuditChainMigration implements JavaMigration {

	@Override
	public MigrationVersion getVersion() {
		return MigrationVersion.fromVersion("24");
	}

	@Override
	public String getDescription() {
		return "audit chain";
	}

	@Override
	public Integer getChecksum() {
		return 24_001;
	}

	@Override
	public boolean canExecuteInTransaction() {
		return true;
	}

	@Override
	public void migrate(Context context) throws Exception {
		Connection connection = context.getConnection();
		boolean postgres = connection.getMetaData().getDatabaseProductName().toLowerCase().contains("postgres");
		try (Statement sql = connection.createStatement()) {
			sql.execute("alter table audit_entry add column prev_hash varchar(64)");
			sql.execute("alter table audit_entry add column hash varchar(64)");
			sql.execute("create table audit_chain_head (id int primary key, last_hash varchar(64) not null)");
		}
		String last = chain(connection);
		try (Statement sql = connection.createStatement()) {
			sql.execute("alter table audit_entry alter column prev_hash set not null");
			sql.execute("alter table audit_entry alter column hash set not null");
			sql.execute("insert into audit_chain_head (id, last_hash) values (1, '" + last + "')");
			if (postgres) {
				sql.execute("""
						create function audit_entry_append_only() returns trigger language plpgsql as $$
						begin
						    raise exception 'audit_entry is append-only' using errcode = '55000';
						end
						$$""");
				sql.execute("create trigger audit_entry_append_only before update or delete on audit_entry"
						+ " for each row execute function audit_entry_append_only()");
				sql.execute("create trigger audit_entry_no_truncate before truncate on audit_entry"
						+ " for each statement execute function audit_entry_append_only()");
			}
			else {
				sql.execute("create trigger audit_entry_append_only before update, delete on audit_entry"
						+ " for each row call \"" + AppendOnlyTrigger.class.getName() + "\"");
			}
		}
	}

	private static String chain(Connection connection) throws SQLException {
		record Row(long id, OffsetDateTime at, String actor, String action, String subject, String summary) {
		}
		List<Row> rows = new ArrayList<>();
		try (Statement sql = connection.createStatement();
				ResultSet rs = sql.executeQuery(
						"select id, occurred_at, actor, action, subject, summary from audit_entry order by id")) {
			while (rs.next()) {
				rows.add(new Row(rs.getLong(1), rs.getObject(2, OffsetDateTime.class), rs.getString(3), rs.getString(4),
						rs.getString(5), rs.getString(6)));
			}
		}
		String previous = AuditHash.GENESIS;
		try (PreparedStatement update = connection
			.prepareStatement("update audit_entry set prev_hash = ?, hash = ? where id = ?")) {
			for (Row row : rows) {
				String hash = AuditHash.of(previous, row.at(), row.actor(), row.action(), row.subject(), row.summary());
				update.setString(1, previous);
				update.setString(2, hash);
				update.setLong(3, row.id());
				update.addBatch();
				previous = hash;
			}
			update.executeBatch();
		}
		return previous;
	}

}
