package org.luoshi.audit;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.time.OffsetDateTime;
import java.sql.Statement;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.luoshi.LuoshiApplication;
import org.luoshi.audit.internal.AuditHash;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code luoshi audit verify} against a database file: exit 0 and a count when the chain
 * holds, exit 1 naming the entry when a row was changed behind the application's back.
 */
class AuditCommandLineTests {

	@TempDir
	Path dir;

	private final ByteArrayOutputStream out = new ByteArrayOutputStream();

	private final ByteArrayOutputStream err = new ByteArrayOutputStream();

	private String url() {
		return "jdbc:h2:file:" + this.dir.resolve("luoshi").toAbsolutePath()
				+ ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH";
	}

	private int run(String... args) {
		this.out.reset();
		this.err.reset();
		return AuditCommandLine.run(LuoshiApplication.class, args,
				new PrintStream(this.out, true, StandardCharsets.UTF_8),
				new PrintStream(this.err, true, StandardCharsets.UTF_8));
	}

	@Test
	void anIntactLogVerifiesAndAChangedEntryIsNamed() throws Exception {
		String datasource = "--spring.datasource.url=" + url();
		assertThat(run("audit", "verify", datasource)).isEqualTo(AuditCommandLine.INTACT);
		try (Connection connection = DriverManager.getConnection(url(), "sa", "");
				Statement sql = connection.createStatement()) {
			// chained as the application's recorder chains them
			String previous = AuditHash.GENESIS;
			for (int i = 1; i <= 3; i++) {
				OffsetDateTime at = AuditHash.kept(OffsetDateTime.now());
				String hash = AuditHash.of(previous, at, "office", "test.changed", "thing:" + i, "改了第 " + i + " 处");
				try (PreparedStatement insert = connection.prepareStatement(
						"insert into audit_entry (id, occurred_at, actor, action, subject, summary, prev_hash, hash)"
								+ " values (?, ?, 'office', 'test.changed', ?, ?, ?, ?)")) {
					insert.setLong(1, i);
					insert.setObject(2, at);
					insert.setString(3, "thing:" + i);
					insert.setString(4, "改了第 " + i + " 处");
					insert.setString(5, previous);
					insert.setString(6, hash);
					insert.executeUpdate();
				}
				previous = hash;
			}
			sql.execute("update audit_chain_head set last_hash = '" + previous + "'");
		}
		assertThat(run("audit", "verify", datasource)).isEqualTo(AuditCommandLine.INTACT);
		assertThat(this.out.toString(StandardCharsets.UTF_8)).contains("审计日志完整").contains("3 条");

		try (Connection connection = DriverManager.getConnection(url(), "sa", "");
				Statement sql = connection.createStatement()) {
			sql.execute("drop trigger audit_entry_append_only");
			sql.execute("update audit_entry set summary = '什么也没发生' where id = 2");
		}
		assertThat(run("audit", "verify", datasource, "--lang=en")).isEqualTo(AuditCommandLine.BROKEN);
		assertThat(this.err.toString(StandardCharsets.UTF_8)).contains("entry 2 no longer matches");

		assertThat(run("audit", "nonsense", datasource)).isEqualTo(AuditCommandLine.REFUSED);
		assertThat(this.err.toString(StandardCharsets.UTF_8)).contains("audit verify");
	}

}
