package org.luoshi;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.luoshi.reporting.Reminders;
import org.luoshi.testing.EmbeddedPostgres;
import org.luoshi.testing.HttpBrowser;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Two application nodes on one PostgreSQL, as behind a load balancer: a session begun on
 * one is signed in on the other, a scheduled job that both run at the same moment does
 * its work once, and a file uploaded to one is read from the other. Nothing lives in a
 * node's memory or on its disk that the other needs.
 */
class TwoNodeTests {

	private static final String PASSWORD = "two-nodes-password";

	private static final JsonMapper json = JsonMapper.builder().build();

	private static ConfigurableApplicationContext first;

	private static ConfigurableApplicationContext second;

	private static final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

	@BeforeAll
	static void startTwoNodes() {
		String url = EmbeddedPostgres.newDatabase();
		// the first node migrates the database and imports the demo plan; the second
		// finds both done
		first = node(url);
		enterUsers(first.getBean(JdbcClient.class));
		second = node(url);
	}

	@AfterAll
	static void stopNodes() {
		if (second != null) {
			second.close();
		}
		if (first != null) {
			first.close();
		}
	}

	@Test
	void aSessionBegunOnOneNodeIsSignedInOnTheOther() {
		HttpBrowser onFirst = new HttpBrowser(port(first));
		assertThat(onFirst.signIn("office-a", PASSWORD).uri().getPath()).isEqualTo("/");
		String session = onFirst.sessionCookie().orElseThrow();

		HttpResponse<String> page = send(HttpRequest.newBuilder(uri(second, "/account/password"))
			.header("Cookie", "SESSION=" + session)
			.header("Accept", "text/html")
			.build());
		assertThat(page.statusCode()).isEqualTo(200);
		assertThat(page.body()).contains("office-a");

		// and the session ends on both when the user signs out on the second
		HttpResponse<String> out = send(HttpRequest.newBuilder(uri(second, "/logout"))
			.header("Cookie", "SESSION=" + session)
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString("_csrf=" + csrf(second, session)))
			.build());
		assertThat(out.statusCode()).isEqualTo(302);
		HttpResponse<String> after = send(HttpRequest.newBuilder(uri(first, "/account/password"))
			.header("Cookie", "SESSION=" + session)
			.header("Accept", "text/html")
			.build());
		assertThat(after.statusCode()).isEqualTo(302);
		assertThat(after.headers().firstValue("Location").orElse("")).endsWith("/login");
	}

	@Test
	void aScheduledJobBothNodesRunAtOnceDoesItsWorkOnce() throws Exception {
		long plan = json.readTree(api(first, "GET", "/api/plans", null).body()).get(0).get("id").asLong();
		HttpResponse<String> opened = api(first, "POST", "/api/plans/" + plan + "/cycles",
				"{\"year\": 2013, \"deadline\": \"2099-03-31T17:00:00\"}");
		assertThat(opened.statusCode()).as(opened.body()).isEqualTo(201);
		JsonNode cycle = json.readTree(opened.body());
		int organisations = cycle.get("organisations").asInt();
		assertThat(organisations).isGreaterThan(1);

		// both nodes' reminder jobs fire at the same moment, three times over, as two
		// schedulers on one cron would
		Reminders onFirst = first.getBean(Reminders.class);
		Reminders onSecond = second.getBean(Reminders.class);
		int notified = 0;
		ExecutorService nodes = Executors.newFixedThreadPool(2);
		try {
			for (int round = 0; round < 3; round++) {
				CyclicBarrier together = new CyclicBarrier(2);
				Future<Integer> a = nodes.submit(() -> {
					together.await();
					return onFirst.sendDue();
				});
				Future<Integer> b = nodes.submit(() -> {
					together.await();
					return onSecond.sendDue();
				});
				notified += a.get() + b.get();
			}
		}
		finally {
			nodes.shutdownNow();
		}
		assertThat(notified).as("organisations told of the opened cycle, over both nodes").isEqualTo(organisations);
		JdbcClient jdbc = first.getBean(JdbcClient.class);
		assertThat(jdbc.sql("select count(*) from reporting_notification where cycle_id = :cycle")
			.param("cycle", cycle.get("id").asLong())
			.query(Long.class)
			.single()).as("notifications stored").isEqualTo(organisations);
	}

	@Test
	void aSuccessionBothNodesApplyAtOnceTakesEffectOnce() throws Exception {
		JdbcClient jdbc = first.getBean(JdbcClient.class);
		// two organisations of its own, so that the other tests' plan is untouched
		java.util.List<Long> pair = new java.util.ArrayList<>();
		for (String name : java.util.List.of("two-nodes-before", "two-nodes-after")) {
			jdbc.sql("insert into organisation (name, kind, created_at) values (:name, 'government-department', "
					+ "current_timestamp)")
				.param("name", name)
				.update();
			pair.add(jdbc.sql("select id from organisation where name = :name")
				.param("name", name)
				.query(Long.class)
				.single());
		}
		jdbc.sql("""
				insert into pending_succession (predecessor_id, successor_id, reason, effective, recorded_at)
				values (:predecessor, :successor, 'merged', current_date, current_timestamp)""")
			.param("predecessor", pair.get(0))
			.param("successor", pair.get(1))
			.update();
		org.luoshi.organisation.internal.Successions onFirst = first
			.getBean(org.luoshi.organisation.internal.Successions.class);
		org.luoshi.organisation.internal.Successions onSecond = second
			.getBean(org.luoshi.organisation.internal.Successions.class);
		ExecutorService nodes = Executors.newFixedThreadPool(2);
		try {
			CyclicBarrier together = new CyclicBarrier(2);
			Future<Integer> a = nodes.submit(() -> {
				together.await();
				return onFirst.takeEffect();
			});
			Future<Integer> b = nodes.submit(() -> {
				together.await();
				return onSecond.takeEffect();
			});
			assertThat(a.get() + b.get()).as("successions announced, over both nodes").isEqualTo(1);
		}
		finally {
			nodes.shutdownNow();
		}
	}

	@Test
	void aFileUploadedToOneNodeIsReadFromTheOther() throws Exception {
		byte[] notice;
		try (InputStream in = TwoNodeTests.class.getResourceAsStream("/demo/jilin-12th-fyp-division-notice.txt")) {
			notice = in.readAllBytes();
		}
		String boundary = "two-nodes-" + System.nanoTime();
		ByteArrayOutputStream body = new ByteArrayOutputStream();
		body.write(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"notice.txt\"\r\n"
				+ "Content-Type: text/plain\r\n\r\n")
			.getBytes(StandardCharsets.UTF_8));
		body.write(notice);
		body.write(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
		HttpResponse<String> uploaded = send(HttpRequest.newBuilder(uri(first, "/api/imports"))
			.header("Authorization", basic())
			.header("Accept", "application/json")
			.header("Content-Type", "multipart/form-data; boundary=" + boundary)
			.POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray()))
			.build());
		assertThat(uploaded.statusCode()).as(uploaded.body()).isEqualTo(201);
		JsonNode draft = json.readTree(uploaded.body());

		HttpResponse<String> read = api(second, "GET", "/api/imports/" + draft.get("importId").asLong(), null);
		assertThat(read.statusCode()).as(read.body()).isEqualTo(200);
		JsonNode again = json.readTree(read.body());
		assertThat(again.get("sha256").asString()).isEqualTo(draft.get("sha256").asString());
		assertThat(again.get("draft").get("tasks")).isEqualTo(draft.get("draft").get("tasks"));
	}

	// the nodes

	private static ConfigurableApplicationContext node(String url) {
		return new SpringApplicationBuilder(LuoshiApplication.class).run("--server.port=0",
				"--spring.datasource.url=" + url, "--spring.datasource.username=postgres",
				"--spring.datasource.password=postgres", "--spring.datasource.driver-class-name=org.postgresql.Driver",
				"--luoshi.demo.enabled=true", "--luoshi.demo.cycle=false", "--luoshi.demo.figures=false",
				"--luoshi.demo.report=false", "--luoshi.security.first-office-user=false",
				"--luoshi.reporting.reminders.cron=-", "--luoshi.organisation.successions.cron=-",
				"--luoshi.reporting.mail-sweep=PT1H", "--logging.level.root=WARN");
	}

	/** PostgreSQL has no demo logins: the test enters the office user it signs in as. */
	private static void enterUsers(JdbcClient jdbc) {
		jdbc.sql("""
				insert into app_user (username, display_name, password_hash, role, organisation_id, created_at,
				                      created_by, password_change_required)
				values ('office-a', 'office-a', :hash, 'office', null, current_timestamp, 'test', false)""")
			.param("hash", PasswordEncoderFactories.createDelegatingPasswordEncoder().encode(PASSWORD))
			.update();
	}

	private static int port(ConfigurableApplicationContext node) {
		return ((WebServerApplicationContext) node).getWebServer().getPort();
	}

	private static URI uri(ConfigurableApplicationContext node, String path) {
		return URI.create("http://localhost:" + port(node) + path);
	}

	private static String basic() {
		return "Basic " + Base64.getEncoder().encodeToString(("office-a:" + PASSWORD).getBytes(StandardCharsets.UTF_8));
	}

	private static HttpResponse<String> api(ConfigurableApplicationContext node, String method, String path,
			String body) {
		HttpRequest.Builder request = HttpRequest.newBuilder(uri(node, path))
			.header("Authorization", basic())
			.header("Accept", "application/json");
		if (body != null) {
			request.header("Content-Type", "application/json");
		}
		return send(
				request
					.method(method,
							(body != null) ? HttpRequest.BodyPublishers.ofString(body)
									: HttpRequest.BodyPublishers.noBody())
					.build());
	}

	private static String csrf(ConfigurableApplicationContext node, String session) {
		String page = send(HttpRequest.newBuilder(uri(node, "/account/password"))
			.header("Cookie", "SESSION=" + session)
			.header("Accept", "text/html")
			.build()).body();
		java.util.regex.Matcher token = java.util.regex.Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"")
			.matcher(page);
		assertThat(token.find()).as("a CSRF token on the page").isTrue();
		return java.net.URLEncoder.encode(token.group(1), StandardCharsets.UTF_8);
	}

	private static HttpResponse<String> send(HttpRequest request) {
		try {
			return http.send(request, HttpResponse.BodyHandlers.ofString());
		}
		catch (IOException ex) {
			throw new java.io.UncheckedIOException(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

}
