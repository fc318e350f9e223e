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
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;

/**
 * The reads of issue 12's national scale on PostgreSQL: generates an installation with
 * {@code java -jar target/luoshi.jar generate} (by default every province, about a
 * million tasks) into an embedded PostgreSQL, starts the server on it, and times one
 * request at a time, after a warm-up, through the API with a token: the largest
 * provincial plan's responsibility matrix and indicators, one of its departments' tasks,
 * a county's tasks, and the generation of the province's annual report. Prints the
 * median, 95th percentile and maximum of each beside its target; run with
 * {@code bench/national-scale.sh}.
 */
public final class NationalScaleBenchmark {

	private static final Duration START_TIMEOUT = Duration.ofSeconds(300);

	private static final int WARM_UP = 5;

	private static final int RUNS = 30;

	private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

	private String base;

	private String token;

	/** One read, and the 95th percentile it must stay under. */
	private record Read(String name, String method, String path, String body, long goalMillis, int runs) {
	}

	public static void main(String[] args) throws Exception {
		List<String> options = new ArrayList<>(
				(args.length > 0) ? List.of(args) : List.of("--governments", "31", "--tasks-per-plan", "311"));
		Path jar = Path.of("target", "luoshi.jar").toAbsolutePath();
		if (!Files.isRegularFile(jar)) {
			System.err.println("national-scale: " + jar + " is missing; build it first: mvn -DskipTests package");
			System.exit(2);
		}
		try (io.zonky.test.db.postgres.embedded.EmbeddedPostgres postgres = io.zonky.test.db.postgres.embedded.EmbeddedPostgres
			.builder()
			.start()) {
			new NationalScaleBenchmark().run(jar, postgres.getJdbcUrl("postgres", "postgres"), options);
		}
		System.exit(0);
	}

	private void run(Path jar, String url, List<String> options) throws Exception {
		Path work = Files.createTempDirectory("luoshi-national");
		List<String> datasource = List.of("--spring.datasource.url=" + url, "--spring.datasource.username=postgres",
				"--spring.datasource.password=postgres");
		List<String> generate = new ArrayList<>(List.of(Bench.java(), "-jar", jar.toString(), "generate"));
		generate.addAll(options);
		generate.add("--lang=en");
		generate.addAll(datasource);
		long started = System.nanoTime();
		int status = new ProcessBuilder(generate).redirectErrorStream(true)
			.redirectOutput(work.resolve("generate.log").toFile())
			.start()
			.waitFor();
		if (status != 0) {
			throw new IllegalStateException("generate exited " + status + ": see " + work.resolve("generate.log"));
		}
		System.out.printf(Locale.ROOT, "national-scale: generated in %.0f s: %s%n", (System.nanoTime() - started) / 1e9,
				Files.readAllLines(work.resolve("generate.log"))
					.stream()
					.filter((line) -> !line.isBlank() && !line.contains("%"))
					.reduce((a, b) -> b)
					.orElse(""));

		try (Connection connection = DriverManager.getConnection(url)) {
			// the generator makes no users: an office user with a token, entered here
			this.token = Bench.userWithToken(connection, "national-office", "office", null, "{noop}-");
			long plan = single(connection, "select plan_id from task group by plan_id order by count(*) desc limit 1");
			long department = single(connection, """
					select a.organisation_id from assignment a join task t on t.id = a.task_id
					where t.plan_id = %d group by a.organisation_id order by count(*) desc limit 1""".formatted(plan));
			long county = single(connection, """
					select a.organisation_id from assignment a join organisation o on o.id = a.organisation_id
					where o.kind = 'county-government' group by a.organisation_id order by count(*) desc limit 1""");
			int year = (int) single(connection, "select min(report_year) from reporting_cycle where plan_id = " + plan);
			System.out.printf(Locale.ROOT,
					"national-scale: %,d tasks, %,d assignments, %,d organisations, "
							+ "%,d figures; the largest plan (%d) has %,d tasks%n",
					single(connection, "select count(*) from task"),
					single(connection, "select count(*) from assignment"),
					single(connection, "select count(*) from organisation"),
					single(connection, "select count(*) from indicator_value"), plan,
					single(connection, "select count(*) from task where plan_id = " + plan));

			int port = Bench.freePort();
			this.base = "http://localhost:" + port;
			List<String> server = new ArrayList<>(List.of(Bench.java(), "-Xmx1g", "-jar", jar.toString(),
					"--server.port=" + port, "--luoshi.demo.enabled=false", "--luoshi.security.first-office-user=false",
					"--luoshi.reporting.reminders.cron=-", "--luoshi.organisation.successions.cron=-",
					"--logging.level.root=WARN"));
			server.addAll(datasource);
			long starting = System.nanoTime();
			Process process = Bench.start(server, work, work.resolve("server.log"));
			try {
				Bench.awaitReady(this.http, this.base, process, work.resolve("server.log"), START_TIMEOUT);
				System.out.printf(Locale.ROOT, "national-scale: server ready in %.1f s%n",
						(System.nanoTime() - starting) / 1e9);
				List<Read> reads = List.of(
						new Read("a department's tasks in the largest plan", "GET",
								"/api/organisations/" + department + "/tasks?plan=" + plan, null, 100, RUNS),
						new Read("a county's tasks", "GET", "/api/organisations/" + county + "/tasks", null, 100, RUNS),
						new Read("the largest plan's responsibility matrix", "GET", "/api/plans/" + plan + "/matrix",
								null, 100, RUNS),
						new Read("a page of the largest plan's tasks", "GET", "/api/plans/" + plan + "/tasks?size=50",
								null, 100, RUNS),
						new Read("the largest plan's binding indicators", "GET", "/api/plans/" + plan + "/indicators",
								null, 300, RUNS),
						new Read("the national overview of binding indicators", "GET",
								"/api/indicators/national?size=50", null, 300, RUNS),
						new Read("the province's annual report, generated", "POST",
								"/api/plans/" + plan + "/annual-reports", "{\"year\": " + year + "}", 2000, 5));
				System.out.println();
				System.out.println("| read | median | 95th | max | target (95th) |");
				System.out.println("|---|---:|---:|---:|---|");
				for (Read read : reads) {
					time(read);
				}
			}
			finally {
				process.destroy();
				if (!process.waitFor(30, TimeUnit.SECONDS)) {
					process.destroyForcibly();
				}
			}
		}
		System.out.printf(Locale.ROOT, "national-scale: %s, %d cores, load average %s%n", LocalDate.now(),
				Runtime.getRuntime().availableProcessors(), Bench.loadAverage());
	}

	private void time(Read read) throws Exception {
		List<Long> times = new ArrayList<>();
		String failed = null;
		// one warm-up for the slow reads, which are run only a few times
		int warm = (read.runs() < RUNS) ? 1 : WARM_UP;
		for (int i = 0; i < warm + read.runs(); i++) {
			long asked = System.nanoTime();
			HttpResponse<String> answer = send(read);
			long took = System.nanoTime() - asked;
			if (answer.statusCode() / 100 != 2) {
				failed = answer.statusCode() + " "
						+ answer.body().substring(0, Math.min(200, answer.body().length())).replace('\n', ' ');
				break;
			}
			if (i >= warm) {
				times.add(took);
			}
		}
		if (failed != null) {
			System.out.printf(Locale.ROOT, "| %s | — | — | — | refused: %s |%n", read.name(), failed);
			return;
		}
		Collections.sort(times);
		double p95 = Bench.percentile(times, 95);
		System.out.printf(Locale.ROOT, "| %s | %.0f ms | %.0f ms | %.0f ms | < %d ms %s |%n", read.name(),
				Bench.percentile(times, 50), p95, Bench.percentile(times, 100), read.goalMillis(),
				(p95 < read.goalMillis()) ? "met" : "MISSED");
	}

	private HttpResponse<String> send(Read read) throws IOException, InterruptedException {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(this.base + read.path()))
			.timeout(Duration.ofSeconds(120))
			.header("Authorization", this.token)
			.header("Accept", "application/json");
		if (read.body() != null) {
			request.header("Content-Type", "application/json")
				.method(read.method(), HttpRequest.BodyPublishers.ofString(read.body()));
		}
		else {
			request.method(read.method(), HttpRequest.BodyPublishers.noBody());
		}
		return this.http.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
	}

	private static long single(Connection connection, String sql) throws SQLException {
		try (PreparedStatement statement = connection.prepareStatement(sql);
				ResultSet rows = statement.executeQuery()) {
			rows.next();
			return rows.getLong(1);
		}
	}

}
