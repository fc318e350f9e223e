package org.luoshi.bench;

import java.io.IOException;
import java.net.CookieManager;
import java.net.HttpCookie;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The main pages and the API under concurrent load, each as a ratio to the same server's
 * trivial endpoint ({@code /actuator/health}), so that the figures say what the
 * application costs whatever the machine: {@code wrk} with 2 threads and 32 connections
 * for each, signed in with a session (pages) or an API token (API), after a warm-up. Also
 * the start-up: a first start that imports the demo plan into a new H2 file, then a
 * restart on it, timed to the first answered page, with the resident size idle and the
 * most seen under load. Run with {@code bench/load.sh}; it prints figures, it does not
 * pass or fail except when a page answers anything but 200.
 */
public final class LoadBenchmark {

	private static final Duration START_TIMEOUT = Duration.ofSeconds(180);

	private static final String PASSWORD = "luoshi-demo";

	private static final JsonMapper json = JsonMapper.builder().build();

	private final int connections;

	private final int seconds;

	private final Path work;

	private final HttpClient http;

	private final CookieManager cookies = new CookieManager();

	private String base;

	private final List<String> javaOptions;

	private LoadBenchmark(int connections, int seconds, List<String> javaOptions, Path work) {
		this.connections = connections;
		this.seconds = seconds;
		this.javaOptions = List.copyOf(javaOptions);
		this.work = work;
		this.http = HttpClient.newBuilder()
			.cookieHandler(this.cookies)
			.followRedirects(HttpClient.Redirect.NEVER)
			.connectTimeout(Duration.ofSeconds(2))
			.build();
	}

	/**
	 * A page or API call measured, and what it must reach as a share of the trivial one.
	 */
	private record Target(String name, String path, String authorization, double goal) {
	}

	/** What wrk measured for one target. */
	private record Measured(Target target, double perSecond, String median, String p99, long errors, long timeouts,
			long maxResidentKb, double trivialPerSecond, int bytes) {
	}

	public static void main(String[] args) throws Exception {
		int connections = 32;
		int seconds = 10;
		List<String> javaOptions = new ArrayList<>();
		for (int i = 0; i < args.length; i++) {
			switch (args[i]) {
				case "--connections" -> connections = Integer.parseInt(args[++i]);
				case "--seconds" -> seconds = Integer.parseInt(args[++i]);
				case "--java-option" -> javaOptions.add(args[++i]);
				default -> {
					System.err
						.println("usage: bench/load.sh [--connections N] [--seconds S] [--java-option -Xmx512m ...]");
					System.exit(2);
				}
			}
		}
		if (!onPath("wrk")) {
			System.err.println("load: wrk is not installed (Debian: apt-get install wrk)");
			System.exit(2);
		}
		Path jar = Path.of("target", "luoshi.jar").toAbsolutePath();
		if (!Files.isRegularFile(jar)) {
			System.err.println("load: " + jar + " is missing; build it first: mvn -DskipTests package");
			System.exit(2);
		}
		Path work = Files.createTempDirectory("luoshi-load");
		new LoadBenchmark(connections, seconds, javaOptions, work).run(jar);
	}

	private void run(Path jar) throws Exception {
		int port = Bench.freePort();
		this.base = "http://localhost:" + port;
		long started = System.nanoTime();
		Process first = start(jar, port, "first");
		double firstStart = (System.nanoTime() - started) / 1e9;
		stop(first);

		started = System.nanoTime();
		Process server = start(jar, port, "restart");
		double restart = (System.nanoTime() - started) / 1e9;
		long idleKb = residentKb(server.pid());
		try {
			List<Target> targets = targets();
			List<Measured> results = new ArrayList<>();
			// the trivial endpoint is measured again right before each target, and each
			// ratio taken to that: what else the machine does changes as the run goes on
			Target trivial = targets.get(0);
			for (Target target : targets) {
				Measured before = (target == trivial) ? null : measure(server.pid(), trivial, null);
				results.add(measure(server.pid(), target, before));
			}
			print(firstStart, restart, idleKb, results);
		}
		finally {
			stop(server);
		}
	}

	// what is measured

	private List<Target> targets() throws Exception {
		String session = signIn("office");
		String token = "Bearer " + token();
		long plan = json.readTree(get("/api/plans", basic("office"))).get(0).get("id").asLong();
		String fgw = URLEncoder.encode("省发展改革委", StandardCharsets.UTF_8);
		long organisation = json.readTree(get("/api/organisations?q=" + fgw, basic("office")))
			.get("organisations")
			.get(0)
			.get("id")
			.asLong();
		JsonNode cycles = json.readTree(get("/api/plans/" + plan + "/cycles", basic("office")));
		List<Target> targets = new ArrayList<>();
		targets.add(new Target("/actuator/health (trivial)", "/actuator/health", null, 1));
		targets.add(new Target("plan overview", "/plans/" + plan, session, 0.25));
		targets.add(new Target("an organisation's tasks (省发展改革委)", "/organisations/" + organisation + "/tasks", session,
				0.25));
		targets.add(new Target("responsibility matrix", "/plans/" + plan + "/matrix", session, 0.25));
		if (!cycles.isEmpty()) {
			targets.add(new Target("cycle dashboard", "/cycles/" + cycles.get(0).get("id").asLong(), session, 0.25));
		}
		targets.add(new Target("indicator dashboard", "/plans/" + plan + "/indicators", session, 0.25));
		targets.add(new Target("organisation directory", "/organisations", session, 0.25));
		targets.add(new Target("API: a page of the plan's tasks (token)", "/api/plans/" + plan + "/tasks", token, 0.5));
		targets.add(new Target("API: an organisation's tasks (token)", "/api/organisations/" + organisation + "/tasks",
				token, 0.5));
		targets.add(new Target("API: the matrix (token)", "/api/plans/" + plan + "/matrix", token, 0.5));
		targets.add(new Target("API: the plan's tasks (HTTP Basic, one bcrypt each)", "/api/plans/" + plan + "/tasks",
				basic("office"), 0));
		return targets;
	}

	private Measured measure(long pid, Target target, Measured trivial) throws Exception {
		// one plain request first: a redirect to sign in would count as success in wrk
		HttpRequest.Builder check = HttpRequest.newBuilder(URI.create(this.base + target.path()))
			.timeout(Duration.ofSeconds(30));
		if (target.authorization() != null) {
			check.header(header(target), value(target));
		}
		HttpResponse<String> answer = this.http.send(check.build(), HttpResponse.BodyHandlers.ofString());
		if (answer.statusCode() != 200) {
			throw new IllegalStateException(target.path() + " answered " + answer.statusCode() + " "
					+ answer.body().substring(0, Math.min(300, answer.body().length())));
		}
		wrk(target, Math.max(3, this.seconds / 3), null);
		AtomicLong most = new AtomicLong(residentKb(pid));
		Thread sampler = new Thread(() -> {
			while (!Thread.currentThread().isInterrupted()) {
				most.accumulateAndGet(residentKb(pid), Math::max);
				try {
					Thread.sleep(250);
				}
				catch (InterruptedException ex) {
					return;
				}
			}
		});
		sampler.setDaemon(true);
		sampler.start();
		String output = wrk(target, this.seconds, "--latency");
		sampler.interrupt();
		return new Measured(target, number(output, "Requests/sec:\\s+([0-9.]+)"), text(output, "\\s50%\\s+(\\S+)"),
				text(output, "\\s99%\\s+(\\S+)"), (long) number(output, "Non-2xx or 3xx responses:\\s+(\\d+)"),
				(long) number(output, "timeout (\\d+)"), most.get(),
				(trivial != null) ? trivial.perSecond() : number(output, "Requests/sec:\\s+([0-9.]+)"),
				answer.body().getBytes(StandardCharsets.UTF_8).length);
	}

	private String wrk(Target target, int duration, String latency) throws IOException, InterruptedException {
		List<String> command = new ArrayList<>(
				List.of("wrk", "-t2", "-c" + this.connections, "-d" + duration + "s", "--timeout", "2s"));
		if (latency != null) {
			command.add(latency);
		}
		if (target.authorization() != null) {
			command.addAll(List.of("-H", header(target) + ": " + value(target)));
		}
		command.add(this.base + target.path());
		Process wrk = new ProcessBuilder(command).redirectErrorStream(true).start();
		String output = new String(wrk.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
		if (wrk.waitFor() != 0) {
			throw new IllegalStateException("wrk failed: " + output);
		}
		return output;
	}

	private static String header(Target target) {
		return target.authorization().startsWith("SESSION ") ? "Cookie" : "Authorization";
	}

	private static String value(Target target) {
		return target.authorization().startsWith("SESSION ") ? target.authorization().substring(8)
				: target.authorization();
	}

	private void print(double firstStart, double restart, long idleKb, List<Measured> results) {
		System.out.printf(Locale.ROOT, "load: %s, %d cores, load average %s, wrk -t2 -c%d -d%ds, java %s%n",
				LocalDate.now(), Runtime.getRuntime().availableProcessors(), Bench.loadAverage(), this.connections,
				this.seconds, this.javaOptions.isEmpty() ? "(no options)" : String.join(" ", this.javaOptions));
		System.out.printf(Locale.ROOT, "start-up: first start with the demo import %.1f s; restart until ready %.1f s, "
				+ "resident %d MB idle%n", firstStart, restart, idleKb / 1024);
		System.out.println();
		System.out.println("| target | bytes | req/s | median | 99th | errors | timeouts | trivial just before | ratio "
				+ "| goal | resident under load |");
		System.out.println("|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|");
		for (Measured m : results) {
			double ratio = m.perSecond() / m.trivialPerSecond();
			String goal = (m.target().goal() == 1 || m.target().goal() == 0) ? "—"
					: String.format(Locale.ROOT, "≥ %.2f %s", m.target().goal(),
							(ratio >= m.target().goal() && m.errors() == 0 && m.timeouts() == 0) ? "met" : "MISSED");
			System.out.printf(Locale.ROOT, "| %s | %d | %.0f | %s | %s | %d | %d | %.0f | %.2f | %s | %d MB |%n",
					m.target().name(), m.bytes(), m.perSecond(), m.median(), m.p99(), m.errors(), m.timeouts(),
					m.trivialPerSecond(), ratio, goal, m.maxResidentKb() / 1024);
		}
	}

	// the server

	private Process start(Path jar, int port, String name) throws IOException, InterruptedException {
		List<String> command = new ArrayList<>(List.of(Bench.java()));
		command.addAll(this.javaOptions);
		command.addAll(List.of("-jar", jar.toString(), "--server.port=" + port, "--logging.level.root=WARN"));
		Path log = this.work.resolve(name + ".log");
		Process process = Bench.start(command, this.work, log);
		Bench.awaitReady(this.http, this.base, process, log, START_TIMEOUT);
		return process;
	}

	private static void stop(Process process) throws InterruptedException {
		process.destroy();
		if (!process.waitFor(30, java.util.concurrent.TimeUnit.SECONDS)) {
			process.destroyForcibly().waitFor();
		}
	}

	/** Signs in on the page as a browser does and returns the session's cookie header. */
	private String signIn(String username) throws Exception {
		HttpResponse<String> page = this.http.send(HttpRequest.newBuilder(URI.create(this.base + "/login")).build(),
				HttpResponse.BodyHandlers.ofString());
		Matcher csrf = Pattern.compile("name=\"_csrf\"[^>]*value=\"([^\"]+)\"").matcher(page.body());
		if (!csrf.find()) {
			throw new IllegalStateException("no CSRF token on the sign-in page");
		}
		String form = "username=" + username + "&password=" + PASSWORD + "&_csrf="
				+ URLEncoder.encode(csrf.group(1), StandardCharsets.UTF_8);
		HttpResponse<String> signedIn = this.http.send(HttpRequest.newBuilder(URI.create(this.base + "/login"))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString(form))
			.build(), HttpResponse.BodyHandlers.ofString());
		String location = signedIn.headers().firstValue("Location").orElse("");
		if (signedIn.statusCode() != 302 || location.contains("error") || location.contains("locked")) {
			throw new IllegalStateException("sign-in failed: " + signedIn.statusCode() + " " + location);
		}
		List<HttpCookie> jar = this.cookies.getCookieStore().get(URI.create(this.base));
		return "SESSION " + jar.stream().map((c) -> c.getName() + "=" + c.getValue()).collect(Collectors.joining("; "));
	}

	private String token() throws Exception {
		HttpResponse<String> created = this.http.send(HttpRequest.newBuilder(URI.create(this.base + "/api/tokens"))
			.header("Authorization", basic("office"))
			.header("Content-Type", "application/json")
			.header("Accept", "application/json")
			.POST(HttpRequest.BodyPublishers.ofString("{\"name\": \"load benchmark\", \"days\": 1}"))
			.build(), HttpResponse.BodyHandlers.ofString());
		if (created.statusCode() != 201) {
			throw new IllegalStateException("no token: " + created.statusCode() + " " + created.body());
		}
		return json.readTree(created.body()).get("token").asString();
	}

	private String get(String path, String authorization) throws Exception {
		HttpResponse<String> answer = this.http.send(HttpRequest.newBuilder(URI.create(this.base + path))
			.header("Authorization", authorization)
			.header("Accept", "application/json")
			.build(), HttpResponse.BodyHandlers.ofString());
		if (answer.statusCode() != 200) {
			throw new IllegalStateException(path + " answered " + answer.statusCode() + " " + answer.body());
		}
		return answer.body();
	}

	private static String basic(String username) {
		return "Basic "
				+ Base64.getEncoder().encodeToString((username + ":" + PASSWORD).getBytes(StandardCharsets.UTF_8));
	}

	// the machine

	private static long residentKb(long pid) {
		try {
			for (String line : Files.readAllLines(Path.of("/proc", String.valueOf(pid), "status"))) {
				if (line.startsWith("VmRSS:")) {
					return Long.parseLong(line.replaceAll("[^0-9]", ""));
				}
			}
		}
		catch (IOException | RuntimeException ex) {
			// not Linux, or the process is gone
		}
		return 0;
	}

	private static boolean onPath(String program) {
		for (String directory : System.getenv().getOrDefault("PATH", "").split(java.io.File.pathSeparator)) {
			if (Files.isExecutable(Path.of(directory, program))) {
				return true;
			}
		}
		return false;
	}

	private static double number(String output, String pattern) {
		Matcher matcher = Pattern.compile(pattern).matcher(output);
		return matcher.find() ? Double.parseDouble(matcher.group(1)) : 0;
	}

	private static String text(String output, String pattern) {
		Matcher matcher = Pattern.compile(pattern).matcher(output);
		return matcher.find() ? matcher.group(1) : "?";
	}

}
