package org.luoshi.bench;

import java.io.File;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * Crash safety of acknowledged writes: starts the server (the built
 * {@code target/luoshi.jar}, else this class path) with the demo data on a database —
 * embedded PostgreSQL started here, then an H2 file — and has the demo reporter write
 * through the HTTP API: an entry of the open 2012 report saved (its natural key is the
 * report and task, versioned by If-Match), the report submitted with an
 * {@code Idempotency-Key} and the same request retried, the approver returning it, round
 * after round. At a random moment the server is killed with SIGKILL
 * ({@link Process#destroyForcibly()}), mid-request as it falls, and started again on the
 * same database. Then every acknowledged (2xx) write must be there and identical — the
 * SHA-256 of the entry text and of every submitted version's snapshot read back through
 * the API as before the kill — the write in flight at the kill either there or not, every
 * key sent (retried now) must answer with one version, and no version may be stored
 * without its key's answer: no key stored twice. Prints one line per database and exits 1
 * when a check fails: {@code bench/crash-safety.sh} or
 * {@code mvn -q -DskipTests test-compile exec:exec@crash-safety}.
 */
public final class CrashSafetyBenchmark {

	private static final String PASSWORD = "luoshi-demo";

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private static final Duration START_TIMEOUT = Duration.ofSeconds(150);

	private final String database;

	private final List<String> datasource;

	private final Path logs;

	private final Random random = new Random();

	private final List<String> failures = new ArrayList<>();

	/** PostgreSQL's JDBC URL, where the bench enters its logins itself; null on H2. */
	private final String postgresUrl;

	private CrashSafetyBenchmark(String database, List<String> datasource, String postgresUrl, Path logs) {
		this.database = database;
		this.datasource = datasource;
		this.postgresUrl = postgresUrl;
		this.logs = logs;
	}

	public static void main(String[] args) throws Exception {
		List<String> databases = (args.length > 0) ? List.of(args) : List.of("postgres", "h2");
		Path work = Path.of("target", "crash-safety");
		deleteTree(work);
		Files.createDirectories(work);
		io.zonky.test.db.postgres.embedded.EmbeddedPostgres postgres = null;
		// the databases run side by side, each with its own server and port: the server
		// starts dominate and overlap
		java.util.concurrent.ExecutorService runs = java.util.concurrent.Executors.newFixedThreadPool(databases.size());
		List<java.util.concurrent.Future<Boolean>> results = new ArrayList<>();
		boolean ok = true;
		try {
			for (String database : databases) {
				List<String> datasource;
				String postgresUrl = null;
				if (database.equals("postgres")) {
					postgres = io.zonky.test.db.postgres.embedded.EmbeddedPostgres.builder().start();
					String url = postgres.getJdbcUrl("postgres", "postgres");
					postgresUrl = url;
					System.out.println("crash-safety: embedded PostgreSQL at " + url);
					datasource = List.of("--spring.datasource.url=" + url, "--spring.datasource.username=postgres",
							"--spring.datasource.password=postgres",
							"--spring.datasource.driver-class-name=org.postgresql.Driver");
				}
				else if (database.equals("h2")) {
					// the server's own default as application.properties ships it (a file
					// ./data/luoshi), run from a directory of its own: the test class
					// path's configuration would put it in memory
					datasource = List.of("--spring.datasource.url=" + shippedH2Url());
				}
				else {
					throw new IllegalArgumentException("unknown database " + database + " (postgres or h2)");
				}
				CrashSafetyBenchmark bench = new CrashSafetyBenchmark(database, datasource, postgresUrl, work);
				results.add(runs.submit(bench::run));
			}
			for (java.util.concurrent.Future<Boolean> result : results) {
				try {
					ok &= result.get();
				}
				catch (java.util.concurrent.ExecutionException ex) {
					System.out.println("crash-safety: could not run: " + ex.getCause());
					ok = false;
				}
			}
		}
		finally {
			runs.shutdownNow();
			if (postgres != null) {
				postgres.close();
			}
		}
		System.exit(ok ? 0 : 1);
	}

	// one database: write, kill, restart, check

	private record Save(long taskId, String done) {
	}

	private record Submitted(String key, int number, String snapshotSha) {
	}

	private boolean run() throws Exception {
		long started = System.nanoTime();
		int port = freePort();
		Process server = start(port, true, "first");
		System.out.printf("crash-safety %s: server up with the demo plan in %.0f s%n", this.database,
				(System.nanoTime() - started) / 1e9);
		if (this.postgresUrl != null) {
			enterLogins(this.postgresUrl);
		}
		String base = "http://localhost:" + port;
		Api reporter = new Api(base, "nongwei");
		Api approver = new Api(base, "nongwei-approver");
		long report = openReport(new Api(base, "office"), reporter);
		List<Long> tasks = prepare(reporter, report);

		Map<Long, String> acked = new TreeMap<>();
		List<Submitted> submitted = new ArrayList<>();
		List<String> keys = new ArrayList<>();
		Save[] inFlightSave = new Save[1];
		String[] inFlight = new String[1];
		AtomicBoolean killed = new AtomicBoolean();
		AtomicInteger round = new AtomicInteger();
		// killed during round 3 to 5, at a random moment of it: mid-request as it falls
		int killRound = 3 + this.random.nextInt(3);
		Thread killer = new Thread(() -> {
			while (round.get() < killRound && server.isAlive()) {
				sleep(5);
			}
			sleep(this.random.nextInt(400));
			killed.set(true);
			server.destroyForcibly();
		});
		killer.start();
		int rounds = 0;
		int writes = 0;
		String etag = reporter.get("/api/reports/" + report).etag();
		String runId = UUID.randomUUID().toString().substring(0, 8);
		try {
			for (;;) {
				int r = round.incrementAndGet();
				rounds = r;
				long task = tasks.get(r % tasks.size());
				String done = "crash-safety " + runId + " round " + r + " " + UUID.randomUUID();
				inFlightSave[0] = new Save(task, done);
				inFlight[0] = "PUT entry";
				ObjectNode change = JSON.createObjectNode().put("status", "in-progress").put("done", done);
				Reply saved = reporter.send("PUT", "/api/reports/" + report + "/entries/" + task, change, etag, null);
				saved.expect2xx();
				acked.put(task, done);
				inFlightSave[0] = null;
				writes++;
				String key = "crash-" + runId + "-" + r;
				keys.add(key);
				inFlight[0] = "POST submit";
				Reply submit = reporter.send("POST", "/api/reports/" + report + "/submit", null, saved.etag(), key);
				submit.expect2xx();
				int number = submit.json().path("number").asInt();
				writes++;
				inFlight[0] = "POST submit (retried)";
				Reply retry = reporter.send("POST", "/api/reports/" + report + "/submit", null, saved.etag(), key);
				retry.expect2xx();
				if (retry.json().path("number").asInt() != number) {
					fail("the retry of " + key + " answered version " + retry.json().path("number").asInt()
							+ ", the first " + number);
				}
				inFlight[0] = "GET version";
				String snapshot = reporter.get("/api/reports/" + report + "/versions/" + number)
					.json()
					.path("snapshot")
					.toString();
				submitted.add(new Submitted(key, number, sha256(snapshot)));
				inFlight[0] = "POST return";
				String approverTag = approver.get("/api/reports/" + report).etag();
				approver
					.send("POST", "/api/reports/" + report + "/return",
							JSON.createObjectNode().put("comment", "crash-safety " + r), approverTag, null)
					.expect2xx();
				writes++;
				inFlight[0] = "GET report";
				etag = reporter.get("/api/reports/" + report).etag();
			}
		}
		catch (IOException ex) {
			if (!killed.get()) {
				throw ex;
			}
		}
		killer.join();
		server.waitFor();
		String killedAt = inFlight[0];

		long restarting = System.nanoTime();
		// the same command again: a demo start leaves a user table that holds anybody
		// alone and imports no plan twice
		Process again = start(port, true, "restarted");
		System.out.printf("crash-safety %s: killed during %s, up again in %.0f s%n", this.database, inFlight[0],
				(System.nanoTime() - restarting) / 1e9);
		try {
			check(reporter, report, acked, inFlightSave[0], submitted, keys);
		}
		finally {
			again.destroy();
			again.waitFor();
		}
		double seconds = (System.nanoTime() - started) / 1e9;
		String verdict = this.failures.isEmpty() ? "OK" : "FAILED";
		System.out.printf(
				"crash-safety %s: %d acknowledged writes in %d rounds (%d submissions with their keys), "
						+ "SIGKILL during %s, restarted: %s (%.0f s)%n",
				this.database, writes, rounds, submitted.size(), killedAt, verdict, seconds);
		this.failures.forEach((f) -> System.out.println("  " + f));
		return this.failures.isEmpty();
	}

	private void check(Api reporter, long report, Map<Long, String> acked, Save inFlightSave, List<Submitted> submitted,
			List<String> keys) throws IOException, InterruptedException {
		JsonNode view = reporter.get("/api/reports/" + report).json();
		Map<Long, String> stored = new TreeMap<>();
		for (JsonNode entry : view.path("entries")) {
			stored.put(entry.path("taskId").asLong(), entry.path("done").asString(null));
		}
		for (Map.Entry<Long, String> save : acked.entrySet()) {
			String text = stored.get(save.getKey());
			boolean same = text != null && sha256(text).equals(sha256(save.getValue()));
			boolean later = inFlightSave != null && inFlightSave.taskId() == save.getKey()
					&& inFlightSave.done().equals(text);
			if (!same && !later) {
				fail("task " + save.getKey() + ": acknowledged \"" + save.getValue() + "\", stored \"" + text + "\"");
			}
		}
		for (Submitted version : submitted) {
			Reply read = reporter.get("/api/reports/" + report + "/versions/" + version.number());
			if (read.status() != 200) {
				fail("version " + version.number() + " of " + version.key() + " is gone (" + read.status() + ")");
			}
			else if (!sha256(read.json().path("snapshot").toString()).equals(version.snapshotSha())) {
				fail("version " + version.number() + " of " + version.key() + " differs from what was acknowledged");
			}
		}
		// every key sent, retried now: an acknowledged one answers its version, the one
		// in flight its version if it was stored or a new one; every stored version is
		// one key's answer
		Map<Integer, String> claimed = new TreeMap<>();
		Map<String, Integer> ackedNumbers = new LinkedHashMap<>();
		submitted.forEach((s) -> ackedNumbers.put(s.key(), s.number()));
		String etag = reporter.get("/api/reports/" + report).etag();
		for (String key : keys) {
			Reply retry = reporter.send("POST", "/api/reports/" + report + "/submit", null, etag, key);
			if (retry.status() / 100 != 2) {
				if (ackedNumbers.containsKey(key)) {
					fail("the acknowledged " + key + " retried after the restart: " + retry.status() + " "
							+ retry.body());
				}
				continue;
			}
			int number = retry.json().path("number").asInt();
			if (ackedNumbers.containsKey(key) && ackedNumbers.get(key) != number) {
				fail(key + " answered version " + ackedNumbers.get(key) + " before the kill, " + number + " after");
			}
			String other = claimed.put(number, key);
			if (other != null && !other.equals(key)) {
				fail("version " + number + " is the answer to both " + other + " and " + key);
			}
			etag = reporter.get("/api/reports/" + report).etag();
		}
		TreeSet<Integer> versions = new TreeSet<>();
		for (JsonNode version : reporter.get("/api/reports/" + report + "/versions").json()) {
			versions.add(version.path("number").asInt());
		}
		if (!versions.equals(claimed.keySet())) {
			fail("versions stored " + versions + ", answered to the keys sent " + claimed.keySet()
					+ ": a key stored twice or a version without its key");
		}
	}

	private void fail(String failure) {
		this.failures.add(failure);
	}

	// the report and what it needs before it can be submitted

	/**
	 * The office opens the seed plan's 2011 cycle, due in a year, and the demo reporter's
	 * report in it is the one written.
	 */
	private long openReport(Api office, Api reporter) throws IOException, InterruptedException {
		long plan = office.get("/api/plans").json().get(0).path("id").asLong();
		office
			.send("POST", "/api/plans/" + plan + "/cycles",
					JSON.createObjectNode()
						.put("year", 2011)
						.put("deadline", java.time.LocalDateTime.now().plusYears(1).withNano(0).toString()),
					null, null)
			.expect2xx();
		for (JsonNode summary : reporter.get("/api/reports").json()) {
			return summary.path("id").asLong();
		}
		throw new IllegalStateException("the demo reporter has no open report: " + reporter.get("/api/reports").body());
	}

	/**
	 * Fills every entry, consolidation and figure once, so that the report can be
	 * submitted.
	 */
	private List<Long> prepare(Api reporter, long report) throws IOException, InterruptedException {
		Reply read = reporter.get("/api/reports/" + report);
		String etag = read.etag();
		List<Long> tasks = new ArrayList<>();
		for (JsonNode entry : read.json().path("entries")) {
			long task = entry.path("taskId").asLong();
			tasks.add(task);
			Reply saved = reporter.send("PUT", "/api/reports/" + report + "/entries/" + task,
					JSON.createObjectNode().put("status", "in-progress").put("done", "crash-safety prepared"), etag,
					null);
			saved.expect2xx();
			etag = saved.etag();
			if (entry.path("contributions").asInt() > 0) {
				saved = reporter.send("PUT", "/api/reports/" + report + "/entries/" + task + "/consolidation",
						JSON.createObjectNode().put("text", "crash-safety consolidated"), etag, null);
				saved.expect2xx();
				etag = saved.etag();
			}
		}
		for (JsonNode figure : read.json().path("figures")) {
			if (figure.path("valueId").isNull() || figure.path("valueId").isMissingNode()) {
				Reply saved = reporter.send("PUT",
						"/api/reports/" + report + "/figures/" + figure.path("indicatorId").asLong(),
						JSON.createObjectNode()
							.put("value", "1")
							.put("status", "preliminary")
							.put("source", "crash-safety"),
						etag, null);
				saved.expect2xx();
				etag = saved.etag();
			}
		}
		JsonNode missing = reporter.get("/api/reports/" + report).json().path("missing");
		if (!missing.isEmpty()) {
			throw new IllegalStateException("the report still lacks " + missing);
		}
		return tasks;
	}

	/**
	 * Demo logins exist only on the embedded H2: on PostgreSQL the bench enters the three
	 * it writes as, with the demo's names and password, after the demo organisations.
	 */
	private static void enterLogins(String url) throws java.sql.SQLException {
		String hash = "{bcrypt}"
				+ new org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder().encode(PASSWORD);
		try (java.sql.Connection connection = java.sql.DriverManager.getConnection(url);
				java.sql.PreparedStatement insert = connection.prepareStatement("""
						insert into app_user (username, display_name, password_hash, role, organisation_id, created_at,
						                      created_by, password_change_required)
						values (?, ?, ?, ?, (select min(id) from organisation where name = ?), current_timestamp,
						        'crash-safety', false)""")) {
			// the demo reporter and approver act for the provincial agriculture
			// commission
			String[][] logins = { { "office", "office", null }, { "nongwei", "reporter", "\u7701\u519c\u59d4" },
					{ "nongwei-approver", "approver", "\u7701\u519c\u59d4" } };
			for (String[] login : logins) {
				insert.setString(1, login[0]);
				insert.setString(2, login[0]);
				insert.setString(3, hash);
				insert.setString(4, login[1]);
				insert.setString(5, login[2]);
				insert.executeUpdate();
			}
		}
	}

	// the server

	private Process start(int port, boolean demo, String name) throws IOException, InterruptedException {
		List<String> command = new ArrayList<>();
		command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
		command.add("-Xmx512m");
		Path jar = Path.of("target", "luoshi.jar");
		if (Files.isRegularFile(jar)) {
			command.addAll(List.of("-jar", jar.toAbsolutePath().toString()));
		}
		else {
			command.addAll(List.of("-cp", System.getProperty("java.class.path"), "org.luoshi.LuoshiApplication"));
		}
		command.addAll(this.datasource);
		command.addAll(List.of("--server.port=" + port, "--luoshi.demo.enabled=" + demo, "--luoshi.demo.plan=true",
				"--luoshi.demo.cycle=false", "--luoshi.demo.figures=false", "--luoshi.demo.report=false",
				"--luoshi.reporting.reminders.cron=-", "--luoshi.organisation.successions.cron=-",
				"--logging.level.root=WARN"));
		if (this.postgresUrl != null) {
			// no demo logins outside the embedded database: the bench enters its own
			command.add("--luoshi.security.first-office-user=false");
		}
		Path log = this.logs.resolve(this.database + "-" + name + ".log").toAbsolutePath();
		Path directory = this.logs.resolve(this.database);
		Files.createDirectories(directory);
		Process process = new ProcessBuilder(command).directory(directory.toFile())
			.redirectErrorStream(true)
			.redirectOutput(log.toFile())
			.start();
		HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(1)).build();
		long deadline = System.nanoTime() + START_TIMEOUT.toNanos();
		while (System.nanoTime() < deadline) {
			if (!process.isAlive()) {
				throw new IllegalStateException("the server stopped at start-up; see " + log);
			}
			try {
				HttpResponse<Void> health = http.send(
						HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/actuator/health")).build(),
						HttpResponse.BodyHandlers.discarding());
				if (health.statusCode() == 200) {
					return process;
				}
			}
			catch (IOException ex) {
				// not listening yet
			}
			Thread.sleep(250);
		}
		process.destroyForcibly();
		throw new IllegalStateException("the server did not start within " + START_TIMEOUT + "; see " + log);
	}

	private static String shippedH2Url() throws IOException {
		java.util.Properties properties = new java.util.Properties();
		try (var in = Files.newBufferedReader(Path.of("src", "main", "resources", "application.properties"))) {
			properties.load(in);
		}
		String url = properties.getProperty("spring.datasource.url");
		if (url == null || !url.startsWith("jdbc:h2:file:")) {
			throw new IllegalStateException("application.properties no longer ships an H2 file: " + url);
		}
		return url;
	}

	private static int freePort() throws IOException {
		try (ServerSocket socket = new ServerSocket(0)) {
			return socket.getLocalPort();
		}
	}

	// HTTP

	record Reply(int status, String body, String etag) {

		JsonNode json() {
			return JSON.readTree(this.body);
		}

		Reply expect2xx() throws IOException {
			if (this.status / 100 != 2) {
				throw new IllegalStateException("answered " + this.status + ": " + this.body);
			}
			return this;
		}

	}

	private static final class Api {

		private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

		private final String base;

		private final String authorization;

		Api(String base, String username) {
			this.base = base;
			this.authorization = "Basic "
					+ Base64.getEncoder().encodeToString((username + ":" + PASSWORD).getBytes(StandardCharsets.UTF_8));
		}

		Reply get(String path) throws IOException, InterruptedException {
			return send("GET", path, null, null, null);
		}

		Reply send(String method, String path, JsonNode body, String ifMatch, String key)
				throws IOException, InterruptedException {
			HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(this.base + path))
				.timeout(Duration.ofSeconds(20))
				.header("Authorization", this.authorization)
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
			HttpResponse<String> response = this.http.send(request.build(),
					HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
			return new Reply(response.statusCode(), response.body(),
					response.headers().firstValue("ETag").orElse(null));
		}

	}

	// small things

	static String sha256(String text) {
		try {
			return HexFormat.of()
				.formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static void sleep(long millis) {
		try {
			Thread.sleep(millis);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

	private static void deleteTree(Path path) throws IOException {
		if (!Files.exists(path)) {
			return;
		}
		try (var paths = Files.walk(path)) {
			paths.sorted(java.util.Comparator.reverseOrder()).map(Path::toFile).forEach(File::delete);
		}
	}

}
