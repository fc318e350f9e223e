package org.luoshi.reporting;

import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.luoshi.organisation.OrganisationDirectory;
import org.luoshi.reporting.ReportingApi.Answer;
import tools.jackson.databind.JsonNode;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The 2011 cycle of the seed plan from opening to acceptance, through the API as the demo
 * users and two reporters the office enters: 省农委 drafts, 省旅游局 contributes to the task it
 * shares with 省农委, which consolidates it; 省农委's approver approves, the office returns the
 * report with a comment, it is corrected, submitted again and accepted. Reminders and an
 * escalation are read back from a local SMTP server, and timeliness is read a second
 * before and a second after the deadline.
 */
@SpringBootTest(properties = "luoshi.demo.enabled=true")
@AutoConfigureMockMvc
@Import(ReportingTestConfiguration.class)
class ReportingEndToEndTests {

	static final String PASSWORD = "luoshi-demo";

	private static final String SET_BY_THE_OFFICE = "set-by-the-office";

	private static final String REPORTER_PASSWORD = "reporter-own-password";

	@RegisterExtension
	static GreenMailExtension smtp = ReportingMail.server();

	@DynamicPropertySource
	static void mailServer(DynamicPropertyRegistry registry) {
		registry.add("spring.mail.host", () -> "127.0.0.1");
		registry.add("spring.mail.port", () -> ReportingMail.PORT);
	}

	@Autowired
	ReportingStage stage;

	@Autowired
	org.luoshi.reporting.internal.MailOutbox outbox;

	@Autowired
	MockMvc mvc;

	@Autowired
	Reminders reminders;

	@Autowired
	OrganisationDirectory directory;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	Clock clock;

	ReportingApi api;

	long plan;

	@BeforeEach
	void startAfresh() throws Exception {
		this.plan = this.stage.afresh();
		smtp.purgeEmailFromAllMailboxes();
		this.api = new ReportingApi(this.mvc);
	}

	@Test
	void theOfficeCarriesTheCycleFromOpeningThroughConsolidationReturnAndAcceptanceRemindingAndEscalating()
			throws Exception {
		long nongwei = organisation("省农委");
		long tourism = organisation("省旅游局");
		long development = organisation("省发展改革委");
		long cycle = openCycle2011();
		ensureReporter("lvyouju", tourism);

		// the opening reaches every organisation, in the application and by mail
		this.reminders.sendDue();
		assertThat(mailsTo(reports(nongwei))).extracting(ReportingMail.Mail::subject)
			.containsExactly("【落实】2011 年度进展情况报送已开启");
		assertThat(mailsTo(reports(nongwei)).get(0).text()).contains("2012-03-31 23:59").contains("/reports/");

		// 省旅游局 contributes to 2.2.1, which 省农委 leads, and submits
		long tourismReport = onlyReport("lvyouju");
		String etag = this.api.fillEverything("lvyouju", tourismReport, Map.of("2.2.1", "省旅游局：建成乡村旅游示范点 30 个"));
		assertThat(this.api.submit("lvyouju", tourismReport, etag, "tourism-1").status()).isEqualTo(200);

		// 省农委 sees its to-do list, may not open 省旅游局's report, and consolidates 2.2.1
		long report = onlyReport("nongwei");
		Answer todo = this.api.get("nongwei", "/api/reports");
		// status and what was done for each of its 27 tasks, and the consolidation of the
		// input 省旅游局 sent
		assertThat(todo.body().get(0).get("missing").size()).isEqualTo(2 * 27 + 1);
		assertThat(stream(todo.body().get(0).get("missing"))
			.map((m) -> m.get("what").asString() + " " + m.get("subject").asString())).contains("consolidation 2.2.1");
		Answer foreign = this.api.get("nongwei", "/api/reports/" + tourismReport);
		assertThat(foreign.status()).isEqualTo(403);
		assertThat(foreign.refusal()).isEqualTo("NotYourOrganisation");
		long task = taskId(report, "2.2.1");
		Answer consolidation = this.api.get("nongwei",
				"/api/reports/" + report + "/entries/" + task + "/consolidation");
		assertThat(consolidation.body().get("contributions")).hasSize(1);
		JsonNode contribution = consolidation.body().get("contributions").get(0);
		assertThat(contribution.get("organisationName").asString()).isEqualTo("省旅游局");
		assertThat(contribution.get("done").asString()).isEqualTo("省旅游局：建成乡村旅游示范点 30 个");
		etag = this.api.fillEverything("nongwei", report, Map.of());
		assertThat(this.api.submit("nongwei", report, etag, "nongwei-1").refusal()).isEqualTo("ReportIncomplete");
		Answer consolidated = this.api.put("nongwei", "/api/reports/" + report + "/entries/" + task + "/consolidation",
				etag, "{\"text\": \"牵头汇总：全省建成乡村旅游示范点 30 个，农家乐 1200 户。\"}");
		assertThat(consolidated.status()).isEqualTo(200);

		// the API refuses writes that do not say which version they change, and
		// submissions without a key
		assertThat(this.api.put("nongwei", "/api/reports/" + report + "/entries/" + task, null, "{\"done\": \"x\"}")
			.status()).isEqualTo(428);
		assertThat(this.api.submit("nongwei", report, consolidated.etag(), null).refusal())
			.isEqualTo("IdempotencyKeyRequired");

		// submitted, retried with the same key, approved by 省农委's approver
		Answer submitted = this.api.submit("nongwei", report, consolidated.etag(), "nongwei-1");
		assertThat(submitted.status()).isEqualTo(200);
		assertThat(submitted.body().get("number").asInt()).isEqualTo(1);
		assertThat(this.api.submit("nongwei", report, consolidated.etag(), "nongwei-1").body())
			.isEqualTo(submitted.body());
		Answer read = this.api.get("nongwei-approver", "/api/reports/" + report);
		assertThat(this.api.post("nongwei", "/api/reports/" + report + "/approve", read.etag(), null).refusal())
			.isEqualTo("NotYourRole");
		Answer approved = this.api.post("nongwei-approver", "/api/reports/" + report + "/approve", read.etag(),
				"{\"comment\": \"同意报送\"}");
		assertThat(approved.body().get("state").asString()).isEqualTo("approved");

		// the office receives it and returns it with a comment
		Answer received = this.api.post("office", "/api/reports/" + report + "/receive", approved.etag(), null);
		assertThat(received.body().get("state").asString()).isEqualTo("received");
		assertThat(this.api.post("office", "/api/reports/" + report + "/accept", approved.etag(), null).status())
			.isEqualTo(412);
		Answer returned = this.api.post("office", "/api/reports/" + report + "/return", received.etag(),
				"{\"comment\": \"请补充 2.2.1 的投资数据\"}");
		assertThat(returned.body().get("state").asString()).isEqualTo("draft");
		assertThat(returned.body().get("returnedNote").asString()).isEqualTo("请补充 2.2.1 的投资数据");
		assertThat(this.api.get("nongwei", "/api/notifications").body().get(0).get("text").asString()).contains("被退回")
			.contains("请补充 2.2.1 的投资数据");
		assertThat(mailsTo(reports(nongwei))).extracting(ReportingMail.Mail::subject).contains("【落实】2011 年度进展情况报告被退回");

		// corrected, submitted again, approved, received and accepted; then locked
		Answer corrected = this.api.put("nongwei", "/api/reports/" + report + "/entries/" + task, returned.etag(),
				"{\"figures\": \"完成投资 4.2 亿元\"}");
		assertThat(this.api.submit("nongwei", report, corrected.etag(), "nongwei-2").body().get("number").asInt())
			.isEqualTo(2);
		String version = this.api.get("nongwei-approver", "/api/reports/" + report).etag();
		version = this.api.post("nongwei-approver", "/api/reports/" + report + "/approve", version, null).etag();
		version = this.api.post("office", "/api/reports/" + report + "/receive", version, null).etag();
		Answer accepted = this.api.post("office", "/api/reports/" + report + "/accept", version, null);
		assertThat(accepted.body().get("state").asString()).isEqualTo("accepted");
		Answer locked = this.api.put("nongwei", "/api/reports/" + report + "/entries/" + task, accepted.etag(),
				"{\"done\": \"采纳后再改\"}");
		assertThat(locked.status()).isEqualTo(409);
		assertThat(locked.refusal()).isEqualTo("ReportLocked");

		// every submission stays readable and is compared with the one before
		Answer comparison = this.api.get("office", "/api/reports/" + report + "/versions/2/comparison");
		assertThat(comparison.body().get("changes")).hasSize(1);
		assertThat(comparison.body().get("changes").get(0).get("subject").asString()).isEqualTo("2.2.1");
		assertThat(comparison.body().get("changes").get(0).get("after").asString()).isEqualTo("完成投资 4.2 亿元");
		assertThat(
				this.api.get("leader", "/api/reports/" + report + "/versions/1").body().get("snapshot").get("entries"))
			.hasSize(27);
		assertThat(steps(report)).containsExactly("draft", "submitted", "approved", "received", "draft", "submitted",
				"approved", "received", "accepted");
		assertThat(audited(report)).contains("reporting.report-submit", "reporting.report-approve",
				"reporting.report-receive", "reporting.report-return-from-office", "reporting.report-accept",
				"reporting.entry-saved", "reporting.consolidation-saved");

		// a week before the deadline those still drafting are reminded, the others not
		clock().set(OffsetDateTime.parse("2012-03-24T09:00:00+08:00"));
		this.reminders.sendDue();
		assertThat(mailsTo(reports(development))).extracting(ReportingMail.Mail::subject)
			.contains("【落实】2011 年度进展情况报告：距截止还有 7 天", "【落实】2011 年度进展情况报告：距截止还有 30 天");
		assertThat(mailsTo(reports(nongwei))).extracting(ReportingMail.Mail::subject)
			.noneMatch((subject) -> subject.contains("距截止"));
		assertThat(mailsTo(leaders(development))).isEmpty();

		// the office presses 省发展改革委 and its leadership (督办)
		Answer escalated = this.api.post("office", "/api/cycles/" + cycle + "/escalations", null,
				"{\"organisationId\": " + development + ", \"message\": \"请于 3 月 31 日前报送，逾期将通报。\"}");
		assertThat(escalated.status()).isEqualTo(201);
		assertThat(escalated.body().get("mails").asInt()).isEqualTo(2);
		ReportingMail.Mail pressed = mailsTo(leaders(development)).get(0);
		assertThat(pressed.subject()).isEqualTo("【落实·督办】省发展改革委：2011 年度进展情况报告");
		assertThat(pressed.text()).contains("请于 3 月 31 日前报送，逾期将通报。");
		assertThat(mailsTo(reports(development))).extracting(ReportingMail.Mail::subject)
			.contains("【落实·督办】省发展改革委：2011 年度进展情况报告");
	}

	@Test
	void timelinessIsOnTimeASecondBeforeTheDeadlineAndLateOrMissingASecondAfter() throws Exception {
		long nongwei = organisation("省农委");
		long weather = organisation("省气象局");
		long development = organisation("省发展改革委");
		long cycle = openCycle2011();
		ensureReporter("qixiangju", weather);
		long early = onlyReport("nongwei");
		long late = onlyReport("qixiangju");
		String nongweiVersion = this.api.fillEverything("nongwei", early, Map.of());
		String weatherVersion = this.api.fillEverything("qixiangju", late, Map.of());

		OffsetDateTime deadline = ReportingTestConfiguration.DEADLINE_2011;
		clock().set(deadline.minusSeconds(1));
		assertThat(this.api.submit("nongwei", early, nongweiVersion, "last-second").status()).isEqualTo(200);
		assertThat(timeliness(cycle, nongwei)).isEqualTo("on-time");
		assertThat(timeliness(cycle, weather)).isEqualTo("pending");
		assertThat(timeliness(cycle, development)).isEqualTo("pending");
		assertThat(this.api.get("office", "/api/cycles/" + cycle + "/overdue").body()).isEmpty();

		clock().set(deadline.plusSeconds(1));
		assertThat(timeliness(cycle, nongwei)).isEqualTo("on-time");
		assertThat(timeliness(cycle, weather)).isEqualTo("missing");
		assertThat(timeliness(cycle, development)).isEqualTo("missing");
		assertThat(this.api.get("office", "/api/cycles/" + cycle + "/overdue").body())
			.extracting((o) -> o.get("organisationName").asString())
			.contains("省气象局", "省发展改革委")
			.doesNotContain("省农委");
		Answer refused = this.api.submit("qixiangju", late, weatherVersion, "too-late");
		assertThat(refused.status()).isEqualTo(409);
		assertThat(refused.refusal()).isEqualTo("DeadlinePassed");
		assertThat(this.api
			.put("qixiangju", "/api/reports/" + late + "/entries/" + taskId(late, null), weatherVersion,
					"{\"done\": \"补一句\"}")
			.refusal()).isEqualTo("ReportLocked");

		Answer granted = this.api.post("office", "/api/reports/" + late + "/exception", weatherVersion,
				"{\"reason\": \"气象数据汇总延迟\", \"dueAt\": \"" + deadline.plus(Duration.ofDays(7)) + "\"}");
		assertThat(granted.status()).isEqualTo(200);
		assertThat(this.api.submit("qixiangju", late, granted.etag(), "with-exception").status()).isEqualTo(200);
		JsonNode record = timelinessOf(cycle, weather);
		assertThat(record.get("status").asString()).isEqualTo("late");
		assertThat(record.get("daysLate").asInt()).isEqualTo(1);
		assertThat(timeliness(cycle, development)).isEqualTo("missing");
		assertThat(this.api.get("leader", "/api/cycles/" + cycle + "/timeliness").status()).isEqualTo(200);
		assertThat(this.api.get("nongwei", "/api/cycles/" + cycle + "/timeliness").refusal()).isEqualTo("NotYourRole");
	}

	private long openCycle2011() throws Exception {
		Answer opened = this.api.post("office", "/api/plans/" + this.plan + "/cycles", null, "{\"year\": 2011}");
		assertThat(opened.status()).as(opened.body().toString()).isEqualTo(201);
		return opened.body().get("id").asLong();
	}

	/**
	 * Enters a reporter for the organisation, once for the whole test class, who replaces
	 * the password the office set with their own, as they must before reporting.
	 */
	private void ensureReporter(String username, long organisationId) throws Exception {
		Answer created = this.api.post("office", "/api/users", null,
				"{\"username\": \"" + username + "\", \"displayName\": \"" + username + "\", \"password\": \""
						+ SET_BY_THE_OFFICE + "\", \"role\": \"reporter\", \"organisationId\": " + organisationId
						+ "}");
		assertThat(created.status()).isIn(201, 409, 422);
		if (created.status() == 201) {
			this.api.password(username, SET_BY_THE_OFFICE);
			assertThat(this.api
				.post(username, "/api/account/password", null,
						"{\"currentPassword\": \"" + SET_BY_THE_OFFICE + "\", \"newPassword\": \"" + REPORTER_PASSWORD
								+ "\"}")
				.status()).isEqualTo(204);
		}
		this.api.password(username, REPORTER_PASSWORD);
	}

	private long onlyReport(String user) throws Exception {
		JsonNode mine = this.api.get(user, "/api/reports").body();
		assertThat(mine).hasSize(1);
		return mine.get(0).get("id").asLong();
	}

	/** The task with the code, or (null) the report's first task. */
	private long taskId(long report, String code) throws Exception {
		for (JsonNode entry : this.api.get("office", "/api/reports/" + report).body().get("entries")) {
			if (code == null || entry.get("code").asString().equals(code)) {
				return entry.get("taskId").asLong();
			}
		}
		throw new IllegalArgumentException(code);
	}

	private List<String> steps(long report) throws Exception {
		return stream(this.api.get("office", "/api/reports/" + report + "/transitions").body())
			.map((t) -> t.get("to").asString())
			.toList();
	}

	private List<String> audited(long report) throws Exception {
		return stream(this.api.get("office", "/api/audit?subject=report:" + report + "&size=500").body().get("items"))
			.map((e) -> e.get("action").asString())
			.toList();
	}

	private String timeliness(long cycle, long organisation) throws Exception {
		return timelinessOf(cycle, organisation).get("status").asString();
	}

	private JsonNode timelinessOf(long cycle, long organisation) throws Exception {
		return stream(this.api.get("office", "/api/cycles/" + cycle + "/timeliness").body())
			.filter((t) -> t.get("organisationId").asLong() == organisation)
			.findFirst()
			.orElseThrow();
	}

	private static java.util.stream.Stream<JsonNode> stream(JsonNode array) {
		return java.util.stream.StreamSupport.stream(array.spliterator(), false);
	}

	private List<ReportingMail.Mail> mailsTo(String address) throws InterruptedException {
		// mails leave on their own thread after the commit: wait until none is waiting
		long deadline = System.nanoTime() + java.util.concurrent.TimeUnit.SECONDS.toNanos(20);
		while (this.outbox.waitingCount() > 0 && System.nanoTime() < deadline) {
			Thread.sleep(20);
		}
		assertThat(this.outbox.waitingCount()).as("mails still waiting to be sent").isZero();
		return ReportingMail.received(smtp).stream().filter((m) -> m.to().contains(address)).toList();
	}

	private long organisation(String name) {
		return ReportingFixtures.organisation(this.directory, name);
	}

	private static String reports(long organisationId) {
		return "reports-" + organisationId + "@example.org";
	}

	private static String leaders(long organisationId) {
		return "leaders-" + organisationId + "@example.org";
	}

	private org.luoshi.testing.SettableClock clock() {
		return ReportingTestConfiguration.of(this.clock);
	}

}
