package org.luoshi.bench;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Duration;
import java.util.List;

import org.luoshi.security.internal.TokenSecrets;

/**
 * What the benches that drive a server over HTTP share: its start, its users, figures.
 */
final class Bench {

	private Bench() {
	}

	/** The java command of the JVM that runs the bench. */
	static String java() {
		return Path.of(System.getProperty("java.home"), "bin", "java").toString();
	}

	static int freePort() throws IOException {
		try (ServerSocket socket = new ServerSocket(0)) {
			return socket.getLocalPort();
		}
	}

	/**
	 * Starts the server with its output in a log file; a bench stopped half-way (Ctrl-C,
	 * a failure) leaves no server behind.
	 */
	static Process start(List<String> command, Path directory, Path log) throws IOException {
		Process process = new ProcessBuilder(command).directory(directory.toFile())
			.redirectErrorStream(true)
			.redirectOutput(log.toFile())
			.start();
		Runtime.getRuntime().addShutdownHook(new Thread(process::destroyForcibly));
		return process;
	}

	/**
	 * Waits until the server says it is ready: the web server listens before the start-up
	 * work (migrations, the demo import) is done, {@code /actuator/health/readiness} only
	 * after it.
	 */
	static void awaitReady(HttpClient http, String base, Process process, Path log, Duration timeout)
			throws IOException, InterruptedException {
		long deadline = System.nanoTime() + timeout.toNanos();
		while (System.nanoTime() < deadline) {
			if (!process.isAlive()) {
				throw new IllegalStateException("the server stopped: see " + log);
			}
			try {
				HttpResponse<Void> ready = http
					.send(HttpRequest.newBuilder(URI.create(base + "/actuator/health/readiness"))
						.timeout(Duration.ofSeconds(2))
						.build(), HttpResponse.BodyHandlers.discarding());
				if (ready.statusCode() == 200) {
					return;
				}
			}
			catch (IOException ex) {
				// not listening yet
			}
			Thread.sleep(100);
		}
		process.destroyForcibly();
		throw new IllegalStateException("the server did not start in " + timeout + ": see " + log);
	}

	/**
	 * Enters a user with an API token directly in the database, for PostgreSQL, which has
	 * no demo logins; a token, because a password sign-in per request would measure
	 * bcrypt.
	 * @return the Authorization header's value
	 */
	static String userWithToken(Connection connection, String username, String role, Long organisation,
			String passwordHash) throws SQLException {
		String token = TokenSecrets.generate();
		try (PreparedStatement user = connection.prepareStatement("""
				insert into app_user (username, display_name, password_hash, role, organisation_id, created_at,
				                      created_by, password_change_required)
				values (?, ?, ?, ?, ?, current_timestamp, 'bench', false)""")) {
			user.setString(1, username);
			user.setString(2, username);
			user.setString(3, passwordHash);
			user.setString(4, role);
			user.setObject(5, organisation, java.sql.Types.BIGINT);
			user.executeUpdate();
		}
		try (PreparedStatement insert = connection.prepareStatement("""
				insert into api_token (user_id, name, token_hash, prefix, created_at, expires_at)
				select id, 'bench', ?, ?, current_timestamp, current_timestamp + interval '1 day'
				from app_user where username = ?""")) {
			insert.setString(1, TokenSecrets.hash(token));
			insert.setString(2, TokenSecrets.prefix(token));
			insert.setString(3, username);
			insert.executeUpdate();
		}
		return "Bearer " + token;
	}

	/** The value at the percentile of sorted nanoseconds, in milliseconds. */
	static double percentile(List<Long> sorted, int p) {
		if (sorted.isEmpty()) {
			return 0;
		}
		int index = Math.min(sorted.size() - 1, (int) Math.ceil(p / 100.0 * sorted.size()) - 1);
		return sorted.get(Math.max(0, index)) / 1e6;
	}

	/** The machine's load average over the last minute, which every result states. */
	static String loadAverage() {
		try {
			return Files.readString(Path.of("/proc/loadavg")).split(" ")[0];
		}
		catch (IOException ex) {
			return "?";
		}
	}

}
