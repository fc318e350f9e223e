package org.luoshi.bench;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

import org.springframework.security.crypto.factory.PasswordEncoderFactories;

/**
 * The last day before the reporting deadline, on PostgreSQL: every organisation of the
 * seed plan's cycle has a reporter and an approver with an API token; with their reports
 * filled, 32 clients at once submit (with an {@code Idempotency-Key}), have the approver
 * return the report, and submit again, for the time given. Prints submissions per second
 * and their latency, and then counts in the database that every acknowledged submission
 * is stored once under its key and that nothing else was: none lost, none twice. Run with
 * {@code bench/deadline-rush.sh}; exits 1 when a submission is lost or doubled or a
 * request failed.
 */
public final class DeadlineRushBenchmark {

	private static final JsonMapper json = JsonMapper.builder().build();

	private static final Duration START_TIMEOUT = Duration.ofSeconds(180);

	private final HttpClient http = HttpClient.newBuilder()
		.connectTimeout(Duration.ofSeconds(5))
		.executor(Executors.newFixedThreadPool(8))
		.build();

	private String base;

	private String jdbcUrl;

	/** A submission the server acknowledged. */
	private record Acknowledged(long report, int number, String key) {
	}

	/** One organisation's report, with the tokens of its reporter and approver. */
	private record Desk(long report, long organisation, String reporter, String approver) {
	}

	// options for the server's JVM (a heap bound, a flight recording)
	private final List<String> javaOptions;

	DeadlineRushBenchmark(List<String> javaOptions) {
		this.javaOptions = List.copyOf(javaOptions);
	}

	public static void main(String[] args) throws Exception {
		int seconds = 30;
		int clients = 32;
		List<String> javaOptions = new java.util.ArrayList<>();
		for (int i = 0; i < args.length; i++) {
			switch (args[i]) {
				case "--seconds" -> seconds = Integer.parseInt(args[++i]);
				case "--clients" -> clients = Integer.parseInt(args[++i]);
				case "--java-option" -> javaOptions.add(args[++i]);
				default -> {
					System.err.println(
							"usage: bench/deadline-rush.sh [--seconds S] [--clients N] [--java-option -XX:... ...]");
					System.exit(2);
				}
			}
		}
		Path jar = Path.of("target", "luoshi.jar").toAbsolutePath();
		if (!Files.isRegularFile(jar)) {
			System.err.println("deadline-rush: " + jar + " is missing; build it first: mvn -DskipTests package");
			System.exit(2);
		}
		boolean ok;
		try (io.zonky.test.db.postgres.embedded.EmbeddedPostgres postgres = io.zonky.test.db.postgres.embedded.EmbeddedPostgres
			.builder()
			.start()) {
			ok = new DeadlineRushBenchmark(javaOptions).run(jar, postgres.getJdbcUrl("postgres", "postgres"), seconds,
					clients);
		}
		System.exit(ok ? 0 : 1);
	}

	private boolean run(Path jar, String url, int seconds, int clients) throws Exception {
		this.jdbcUrl = url;
		int port = Bench.freePort();
		this.base = "http://localhost:" + port;
		Path work = Files.createTempDirectory("luoshi-rush");
		Process server = start(jar, port, url, work);
		try {
			String office = enterUser("rush-office", "office", null);
			long plan = json.readTree(send("GET", "/api/plans", office, null, null, null).body())
				.get(0)
				.get("id")
				.asLong();
			HttpResponse<String> opened = send("POST", "/api/plans/" + plan + "/cycles", office,
					json.createObjectNode()
						.put("year", 2011)
						.put("deadline", LocalDateTime.now().plusYears(1).withNano(0).toString()),
					null, null);
			expect2xx(opened);
			long cycle = json.readTree(opened.body()).get("id").asLong();
			List<Desk> desks = desks(cycle);
			System.out.printf(Locale.ROOT, "deadline-rush: %d organisations in the cycle; filling their reports%n",
					desks.size());
			prepareAll(desks);

			System.out.printf(Locale.ROOT, "deadline-rush: %d clients submit, are returned and submit again for %d s%n",
					clients, seconds);
			return rush(desks, clients, seconds);
		}
		finally {
			server.destroy();
			if (!server.waitFor(30, TimeUnit.SECONDS)) {
				server.destroyForcibly();
			}
		}
	}

	// the rush

	private boolean rush(List<Desk> desks, int clients, int seconds) throws Exception {
		ConcurrentLinkedQueue<Desk> ready = new ConcurrentLinkedQueue<>(desks);
		List<Acknowledged> acknowledged = Collections.synchronizedList(new ArrayList<>());
		List<Long> latencies = Collections.synchronizedList(new ArrayList<>());
		List<String> failures = Collections.synchronizedList(new ArrayList<>());
		AtomicInteger refused = new AtomicInteger();
		AtomicInteger stale = new AtomicInteger();
		AtomicInteger returned = new AtomicInteger();
		String run = UUID.randomUUID().toString().substring(0, 8);
		AtomicInteger keys = new AtomicInteger();
		long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
		long started = System.nanoTime();
		ExecutorService pool = Executors.newFixedThreadPool(clients);
		List<Future<?>> running = new ArrayList<>();
		for (int c = 0; c < clients; c++) {
			running.add(pool.submit(() -> {
				while (System.nanoTime() < end) {
					Desk desk = ready.poll();
					if (desk == null) {
						Thread.onSpinWait();
						continue;
					}
					try {
						HttpResponse<String> read = send("GET", "/api/reports/" + desk.report(), desk.reporter(), null,
								null, null);
						String key = "rush-" + run + "-" + keys.incrementAndGet();
						long asked = System.nanoTime();
						HttpResponse<String> submitted = send("POST", "/api/reports/" + desk.report() + "/submit",
								desk.reporter(), null, etag(read), key);
						long took = System.nanoTime() - asked;
						if (submitted.statusCode() / 100 == 2) {
							latencies.add(took);
							acknowledged.add(new Acknowledged(desk.report(),
									json.readTree(submitted.body()).path("number").asInt(), key));
							HttpResponse<String> approverRead = send("GET", "/api/reports/" + desk.report(),
									desk.approver(), null, null, null);
							expect2xx(send("POST", "/api/reports/" + desk.report() + "/return", desk.approver(),
									json.createObjectNode().put("comment", "rush " + key), etag(approverRead), null));
							returned.incrementAndGet();
						}
						else if (submitted.statusCode() == 412 || submitted.statusCode() == 409) {
							// a contribution arrived between the read and the submission:
							// the next turn reads again
							stale.incrementAndGet();
						}
						else if (submitted.statusCode() / 100 == 4) {
							// a contribution arrived that the lead has not consolidated:
							// it does, as a reporter would
							refused.incrementAndGet();
							consolidate(desk);
						}
						else {
							failures.add(submitted.statusCode() + " " + submitted.body());
						}
					}
					catch (IOException | RuntimeException ex) {
						failures.add(ex.toString());
					}
					catch (InterruptedException ex) {
						Thread.currentThread().interrupt();
						return;
					}
					finally {
						ready.add(desk);
					}
				}
			}));
		}
		for (Future<?> f : running) {
			f.get();
		}
		pool.shutdown();
		double elapsed = (System.nanoTime() - started) / 1e9;

		List<Long> sorted = new ArrayList<>(latencies);
		Collections.sort(sorted);
		System.out.printf(Locale.ROOT,
				"deadline-rush: %s, %d cores, load average %s: %d submissions acknowledged in %.1f s = %.0f/s "
						+ "(each with a read before it, and a read and a return by the approver after it); "
						+ "latency of a submission median %.0f ms, 95th %.0f ms, 99th %.0f ms, max %.0f ms; "
						+ "%d returned, %d refused as incomplete and consolidated, %d refused as changed meanwhile "
						+ "and read again, %d failed%n",
				LocalDate.now(), Runtime.getRuntime().availableProcessors(), Bench.loadAverage(), acknowledged.size(),
				elapsed, acknowledged.size() / elapsed, Bench.percentile(sorted, 50), Bench.percentile(sorted, 95),
				Bench.percentile(sorted, 99), Bench.percentile(sorted, 100), returned.get(), refused.get(), stale.get(),
				failures.size());
		failures.stream().limit(5).forEach((f) -> System.out.println("  failed: " + f));
		return check(acknowledged) && failures.isEmpty();
	}

	/**
	 * Every acknowledged submission stored once under its key, and nothing else stored.
	 */
	private boolean check(List<Acknowledged> acknowledged) throws SQLException {
		int lost = 0;
		try (Connection connection = DriverManager.getConnection(this.jdbcUrl);
				PreparedStatement one = connection.prepareStatement(
						"select count(*) from report_version where report_id = ? and number = ? and idempotency_key = ?")) {
			for (Acknowledged a : acknowledged) {
				one.setLong(1, a.report());
				one.setInt(2, a.number());
				one.setString(3, a.key());
				try (ResultSet rows = one.executeQuery()) {
					rows.next();
					if (rows.getLong(1) != 1) {
						lost++;
					}
				}
			}
			long stored = single(connection, "select count(*) from report_version");
			long doubled = single(connection,
					"select count(*) from (select idempotency_key from report_version group by idempotency_key "
							+ "having count(*) > 1) twice");
			System.out.printf(Locale.ROOT,
					"deadline-rush: counted afterwards: %d acknowledged, %d versions stored, %d lost, "
							+ "%d keys stored twice, %d stored without being acknowledged%n",
					acknowledged.size(), stored, lost, doubled, stored - (acknowledged.size() - lost));
			return lost == 0 && doubled == 0 && stored == acknowledged.size();
		}
	}

	// the organisations and their reports

	private List<Desk> desks(long cycle) throws SQLException {
		Map<Long, Long> reports = new LinkedHashMap<>();
		try (Connection connection = DriverManager.getConnection(this.jdbcUrl);
				PreparedStatement select = connection.prepareStatement(
						"select id, organisation_id from progress_report where cycle_id = ? order by id")) {
			select.setLong(1, cycle);
			try (ResultSet rows = select.executeQuery()) {
				while (rows.next()) {
					reports.put(rows.getLong(1), rows.getLong(2));
				}
			}
		}
		List<Desk> desks = new ArrayList<>();
		for (Map.Entry<Long, Long> r : reports.entrySet()) {
			long organisation = r.getValue();
			desks.add(new Desk(r.getKey(), organisation, enterUser("rush-r" + organisation, "reporter", organisation),
					enterUser("rush-a" + organisation, "approver", organisation)));
		}
		return desks;
	}

	/**
	 * A user with an API token, entered in the database: PostgreSQL has no demo logins.
	 */
	private String enterUser(String username, String role, Long organisation) throws SQLException {
		try (Connection connection = DriverManager.getConnection(this.jdbcUrl)) {
			return Bench.userWithToken(connection, username, role, organisation, PASSWORD_HASH);
		}
	}

	private static final String PASSWORD_HASH = PasswordEncoderFactories.createDelegatingPasswordEncoder()
		.encode(UUID.randomUUID().toString());

	private void prepareAll(List<Desk> desks) throws Exception {
		// the contributions first, then the leads, who consolidate what came in
		for (int pass = 0; pass < 2; pass++) {
			ExecutorService pool = Executors.newFixedThreadPool(8);
			List<Future<?>> done = new ArrayList<>();
			for (Desk desk : desks) {
				done.add(pool.submit(() -> {
					prepare(desk);
					return null;
				}));
			}
			for (Future<?> f : done) {
				f.get();
			}
			pool.shutdown();
		}
	}

	/** Fills every entry, consolidation and owed figure, so that the report can go. */
	private void prepare(Desk desk) throws IOException, InterruptedException {
		String path = "/api/reports/" + desk.report();
		HttpResponse<String> read = send("GET", path, desk.reporter(), null, null, null);
		expect2xx(read);
		String etag = etag(read);
		JsonNode report = json.readTree(read.body());
		for (JsonNode entry : report.path("entries")) {
			long task = entry.path("taskId").asLong();
			HttpResponse<String> written = send("PUT", path + "/entries/" + task, desk.reporter(),
					json.createObjectNode().put("status", "in-progress").put("done", "deadline rush"), etag, null);
			expect2xx(written);
			etag = etag(written);
			if (entry.path("contributions").asInt() > 0) {
				HttpResponse<String> saved = send("PUT", path + "/entries/" + task + "/consolidation", desk.reporter(),
						json.createObjectNode().put("text", "deadline rush consolidated"), etag, null);
				expect2xx(saved);
				etag = etag(saved);
			}
		}
		for (JsonNode figure : report.path("figures")) {
			if (figure.path("valueId").isNull() || figure.path("valueId").isMissingNode()) {
				ObjectNode value = json.createObjectNode()
					.put("value", "1")
					.put("status", "preliminary")
					.put("source", "deadline rush");
				HttpResponse<String> saved = send("PUT", path + "/figures/" + figure.path("indicatorId").asLong(),
						desk.reporter(), value, etag, null);
				expect2xx(saved);
				etag = etag(saved);
			}
		}
	}

	/**
	 * Consolidates every entry that has contributions, as the lead does before it
	 * submits.
	 */
	private void consolidate(Desk desk) throws IOException, InterruptedException {
		String path = "/api/reports/" + desk.report();
		HttpResponse<String> read = send("GET", path, desk.reporter(), null, null, null);
		expect2xx(read);
		String etag = etag(read);
		for (JsonNode entry : json.readTree(read.body()).path("entries")) {
			if (entry.path("contributions").asInt() > 0) {
				HttpResponse<String> saved = send("PUT",
						path + "/entries/" + entry.path("taskId").asLong() + "/consolidation", desk.reporter(),
						json.createObjectNode().put("text", "deadline rush consolidated " + UUID.randomUUID()), etag,
						null);
				expect2xx(saved);
				etag = etag(saved);
			}
		}
	}

	// the server

	private Process start(Path jar, int port, String url, Path work) throws IOException, InterruptedException {
		List<String> command = new java.util.ArrayList<>();
		command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
		command.addAll(this.javaOptions);
		command.addAll(List.of("-jar", jar.toString(), "--server.port=" + port, "--spring.datasource.url=" + url,
				"--spring.datasource.username=postgres", "--spring.datasource.password=postgres",
				"--spring.datasource.driver-class-name=org.postgresql.Driver", "--luoshi.demo.enabled=true",
				"--luoshi.demo.cycle=false", "--luoshi.demo.figures=false", "--luoshi.demo.report=false",
				"--luoshi.security.first-office-user=false", "--luoshi.reporting.reminders.cron=-",
				"--luoshi.organisation.successions.cron=-", "--logging.level.root=WARN"));
		Process process = Bench.start(command, work, work.resolve("server.log"));
		Bench.awaitReady(this.http, this.base, process, work.resolve("server.log"), START_TIMEOUT);
		return process;
	}

	// HTTP

	private HttpResponse<String> send(String method, String path, String authorization, JsonNode body, String ifMatch,
			String key) throws IOException, InterruptedException {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(this.base + path))
			.timeout(Duration.ofSeconds(30))
			.header("Authorization", authorization)
			.header("Accept", "application/json")
			.method(method, (body != null) ? HttpRequest.BodyPublishers.ofString(body.toString())
					: HttpRequest.BodyPublishers.noBody());
		if (body != null) {
			request.header("Content-Type", "application/json");
		}
		if (ifMatch != null) {
			request.header("If-Match", ifMatch);
		}
		if (key != null) {
			request.header("Idempotency-Key", key);
		}
		return this.http.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
	}

	private static String etag(HttpResponse<String> response) {
		return response.headers().firstValue("ETag").orElse(null);
	}

	private static void expect2xx(HttpResponse<String> response) {
		if (response.statusCode() / 100 != 2) {
			throw new IllegalStateException(response.request().method() + " " + response.request().uri().getPath()
					+ " answered " + response.statusCode() + ": " + response.body());
		}
	}

	// small things

	private static long single(Connection connection, String sql) throws SQLException {
		try (PreparedStatement statement = connection.prepareStatement(sql);
				ResultSet rows = statement.executeQuery()) {
			rows.next();
			return rows.getLong(1);
		}
	}

}
