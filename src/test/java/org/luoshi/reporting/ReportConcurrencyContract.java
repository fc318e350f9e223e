package org.luoshi.reporting;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.luoshi.security.Actor;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.luoshi.reporting.ReportingFixtures.as;

/**
 * The last-hour rush on one report, over HTTP against the running server: concurrent
 * writers never overwrite each other silently, and a submission retried many times at
 * once is stored exactly once and acknowledged only once committed. Runs on H2 and on
 * PostgreSQL.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "luoshi.demo.enabled=true")
@Import(ReportingTestConfiguration.class)
abstract class ReportConcurrencyContract {

	private static final JsonMapper json = JsonMapper.builder().build();

	@LocalServerPort
	int port;

	@Autowired
	ReportingStage stage;

	@Autowired
	CycleProgress progress;

	@Autowired
	Reports reports;

	@Autowired
	ReportDrafts drafts;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	org.springframework.security.crypto.password.PasswordEncoder passwords;

	private final HttpClient http = HttpClient.newHttpClient();

	long report;

	Actor reporter;

	@BeforeEach
	void openTheCycle() {
		this.stage.afresh();
		long nongwei = this.stage.organisation("省农委");
		signsInAsTheReporterOf(nongwei);
		this.reporter = ReportingFixtures.reporter("nongwei", nongwei);
		this.report = this.stage.reportOf(this.stage.open2011().id(), nongwei);
	}

	/**
	 * The demo logins exist only on the embedded H2: on PostgreSQL the test enters the
	 * reporter it signs in as, with the same name and password.
	 */
	private void signsInAsTheReporterOf(long organisation) {
		int present = this.jdbc.sql("select count(*) from app_user where username = 'nongwei'")
			.query(Integer.class)
			.single();
		if (present == 0) {
			this.jdbc.sql("""
					insert into app_user (username, display_name, password_hash, role, organisation_id, created_at,
					                      created_by, password_change_required)
					values ('nongwei', '省农委报送人', :hash, 'reporter', :organisation, current_timestamp, 'test', false)""")
				.param("hash", this.passwords.encode("luoshi-demo"))
				.param("organisation", organisation)
				.update();
		}
	}

	@Test
	void ofFiftyWritersOnOneVersionOneWinsAndEveryOtherIsToldWhy() throws Exception {
		HttpResponse<String> read = send(get("/api/reports/" + this.report));
		String etag = read.headers().firstValue("ETag").orElseThrow();
		long task = json.readTree(read.body()).get("entries").get(0).get("taskId").asLong();
		List<HttpResponse<String>> answers = parallel(50,
				(i) -> send(put("/api/reports/" + this.report + "/entries/" + task, etag,
						"{\"status\": \"in-progress\", \"done\": \"第 " + i + " 位填报人写的\"}")));

		List<HttpResponse<String>> won = answers.stream().filter((a) -> a.statusCode() == 200).toList();
		List<HttpResponse<String>> lost = answers.stream().filter((a) -> a.statusCode() != 200).toList();
		assertThat(won).hasSize(1);
		assertThat(lost).hasSize(49).allSatisfy((a) -> {
			assertThat(a.statusCode()).isEqualTo(412);
			assertThat(a.headers().firstValue("Content-Type")).contains("application/problem+json");
			JsonNode problem = json.readTree(a.body());
			assertThat(problem.get("refusal").asString()).isEqualTo("ReportChangedMeanwhile");
			assertThat(problem.get("detail").asString()).contains("被他人修改");
		});
		String winner = json.readTree(won.get(0).body()).get("done").asString();
		HttpResponse<String> after = send(get("/api/reports/" + this.report));
		JsonNode entry = json.readTree(after.body()).get("entries").get(0);
		assertThat(entry.get("done").asString()).isEqualTo(winner);
		assertThat(entry.get("revision").asInt()).isEqualTo(1);
		assertThat(after.headers().firstValue("ETag")).contains(won.get(0).headers().firstValue("ETag").orElseThrow());
	}

	@Test
	void fiftyWritersWhoReadAgainAfterAConflictLoseNothing() throws Exception {
		ReportView start = as(this.reporter, () -> this.reports.get(this.report));
		long task = start.entries().get(0).taskId();
		parallel(50, (i) -> as(this.reporter, () -> {
			while (true) {
				ReportView now = this.reports.get(this.report);
				String done = now.entries().get(0).done();
				try {
					return this.drafts.saveEntry(this.report, task, now.version(),
							new EntryChange(null, ((done != null) ? done : "") + "[" + i + "]", null, null, null));
				}
				catch (WorkflowRefusal.ReportChangedMeanwhile ex) {
					// read again and add to what the others wrote
				}
			}
		}));
		ReportView end = as(this.reporter, () -> this.reports.get(this.report));
		for (int i = 0; i < 50; i++) {
			assertThat(end.entries().get(0).done()).contains("[" + i + "]");
		}
		assertThat(end.entries().get(0).revision()).isEqualTo(50);
		assertThat(end.version()).isEqualTo(start.version() + 50);
	}

	@Test
	void twoHundredRetriesOfOneSubmissionStoreOneVersionEachAnsweredOnlyOnceCommitted() throws Exception {
		int version = as(this.reporter,
				() -> ReportingFixtures.fillEverything(this.drafts, this.reports.get(this.report), "已完成"));
		List<String> committedWhenAnswered = new java.util.concurrent.CopyOnWriteArrayList<>();
		List<HttpResponse<String>> answers = parallel(200, (i) -> {
			HttpResponse<String> answer = send(
					post("/api/reports/" + this.report + "/submit", "\"" + version + "\"", "rush-2012-03-31"));
			if (answer.statusCode() == 200) {
				// read on another connection the moment the answer arrived
				committedWhenAnswered.add(this.jdbc.sql(
						"select count(*) from report_version where report_id = :r and idempotency_key = 'rush-2012-03-31'")
					.param("r", this.report)
					.query(Long.class)
					.single()
					.toString());
			}
			return answer;
		});
		assertThat(answers).allSatisfy((a) -> assertThat(a.statusCode()).as(a.body()).isEqualTo(200));
		assertThat(answers.stream().map(HttpResponse::body).distinct()).hasSize(1);
		JsonNode submission = json.readTree(answers.get(0).body());
		assertThat(submission.get("number").asInt()).isEqualTo(1);
		assertThat(submission.get("idempotencyKey").asString()).isEqualTo("rush-2012-03-31");
		assertThat(committedWhenAnswered).hasSize(200).containsOnly("1");
		assertThat(this.jdbc.sql("select count(*) from report_version where report_id = :r")
			.param("r", this.report)
			.query(Long.class)
			.single()).isEqualTo(1);
		assertThat(
				this.jdbc.sql("select count(*) from report_transition where report_id = :r and to_state = 'submitted'")
					.param("r", this.report)
					.query(Long.class)
					.single())
			.isEqualTo(1);
	}

	private <T> List<T> parallel(int count, Task<T> task) throws Exception {
		ExecutorService pool = Executors.newFixedThreadPool(count);
		CountDownLatch start = new CountDownLatch(1);
		try {
			List<Future<T>> futures = new ArrayList<>();
			for (int i = 0; i < count; i++) {
				int n = i;
				Callable<T> call = () -> {
					start.await();
					return task.run(n);
				};
				futures.add(pool.submit(call));
			}
			start.countDown();
			List<T> results = new ArrayList<>();
			for (Future<T> f : futures) {
				results.add(f.get());
			}
			return results;
		}
		finally {
			pool.shutdownNow();
		}
	}

	@FunctionalInterface
	interface Task<T> {

		T run(int n) throws Exception;

	}

	private HttpRequest.Builder request(String path) {
		String basic = Base64.getEncoder().encodeToString("nongwei:luoshi-demo".getBytes(StandardCharsets.UTF_8));
		return HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + path))
			.header("Authorization", "Basic " + basic)
			.header("Accept", "application/json");
	}

	private HttpRequest get(String path) {
		return request(path).GET().build();
	}

	private HttpRequest put(String path, String ifMatch, String body) {
		return request(path).header("If-Match", ifMatch)
			.header("Content-Type", "application/json")
			.PUT(HttpRequest.BodyPublishers.ofString(body))
			.build();
	}

	private HttpRequest post(String path, String ifMatch, String key) {
		return request(path).header("If-Match", ifMatch)
			.header("Idempotency-Key", key)
			.POST(HttpRequest.BodyPublishers.noBody())
			.build();
	}

	private HttpResponse<String> send(HttpRequest request) throws Exception {
		return this.http.send(request, HttpResponse.BodyHandlers.ofString());
	}

}
