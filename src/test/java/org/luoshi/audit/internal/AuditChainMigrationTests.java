package org.luoshi.audit.internal;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.OffsetDateTime;
import java.util.UUID;

import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.luoshi.testing.EmbeddedPostgres;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * V24 on a database that already has audit entries: they are chained in the order of
 * their ids, the head names the last one, and from then on the database refuses to change
 * them — on H2 and on PostgreSQL.
 */
class AuditChainMigrationTests {

	@Test
	void entriesWrittenBeforeTheChainAreChainedOnH2() throws Exception {
		migrate("jdbc:h2:mem:chain-" + UUID.randomUUID()
				+ ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1", "sa", "");
	}

	@Test
	void entriesWrittenBeforeTheChainAreChainedOnPostgres() throws Exception {
		migrate(EmbeddedPostgres.newDatabase(), "postgres", "postgres");
	}

	private void migrate(String url, String user, String password) throws Exception {
		Flyway.configure()
			.dataSource(url, user, password)
			.locations("classpath:db/migration")
			.target("21")
			.load()
			.migrate();
		try (Connection connection = DriverManager.getConnection(url, user, password);
				Statement sql = connection.createStatement()) {
			for (int i = 1; i <= 3; i++) {
				sql.execute("insert into audit_entry (occurred_at, actor, action, subject, summary) values"
						+ " (timestamp with time zone '2011-0" + i
						+ "-01 10:00:00.123456+08:00', 'office', 'test.changed'," + " 'thing:" + i + "', '改了第 " + i
						+ " 处')");
			}
		}
		Flyway.configure()
			.dataSource(url, user, password)
			.locations("classpath:db/migration")
			.javaMigrations(new AuditChainMigration())
			.target("24")
			.load()
			.migrate();
		try (Connection connection = DriverManager.getConnection(url, user, password);
				Statement sql = connection.createStatement()) {
			String previous = AuditHash.GENESIS;
			try (ResultSet rs = sql.executeQuery("select occurred_at, actor, action, subject, summary, prev_hash, hash"
					+ " from audit_entry order by id")) {
				int count = 0;
				while (rs.next()) {
					count++;
					assertThat(rs.getString(6)).isEqualTo(previous);
					String hash = AuditHash.of(previous, rs.getObject(1, OffsetDateTime.class), rs.getString(2),
							rs.getString(3), rs.getString(4), rs.getString(5));
					assertThat(rs.getString(7)).isEqualTo(hash);
					previous = hash;
				}
				assertThat(count).isEqualTo(3);
			}
			try (ResultSet rs = sql.executeQuery("select last_hash from audit_chain_head")) {
				assertThat(rs.next()).isTrue();
				assertThat(rs.getString(1)).isEqualTo(previous);
			}
			assertThatExceptionOfType(java.sql.SQLException.class)
				.isThrownBy(() -> sql.execute("update audit_entry set summary = 'x'"));
		}
	}

}
