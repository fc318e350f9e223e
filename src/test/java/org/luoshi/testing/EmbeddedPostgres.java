package org.luoshi.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * One real PostgreSQL server for the whole test run (zonky's embedded binaries from Maven
 * Central, no Docker), started on first use and stopped when the JVM exits. Every Spring
 * context gets a fresh database on it, so that tests on PostgreSQL are as isolated as the
 * in-memory H2 ones.
 */
public final class EmbeddedPostgres {

	private static io.zonky.test.db.postgres.embedded.EmbeddedPostgres server;

	private static final AtomicInteger databases = new AtomicInteger();

	private EmbeddedPostgres() {
	}

	/** JDBC URL of a new, empty database. */
	public static synchronized String newDatabase() {
		String name = "luoshi_" + databases.incrementAndGet();
		try (Connection connection = server().getPostgresDatabase().getConnection();
				Statement statement = connection.createStatement()) {
			statement.execute("CREATE DATABASE " + name);
		}
		catch (SQLException ex) {
			throw new IllegalStateException("could not create test database " + name, ex);
		}
		return server().getJdbcUrl("postgres", name);
	}

	private static io.zonky.test.db.postgres.embedded.EmbeddedPostgres server() {
		if (server == null) {
			try {
				server = io.zonky.test.db.postgres.embedded.EmbeddedPostgres.builder().start();
			}
			catch (IOException ex) {
				throw new UncheckedIOException("could not start embedded PostgreSQL", ex);
			}
			Runtime.getRuntime().addShutdownHook(new Thread(() -> {
				try {
					server.close();
				}
				catch (IOException ex) {
					// the JVM is going away; the temporary directory is removed with it
				}
			}));
		}
		return server;
	}

}
