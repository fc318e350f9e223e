package org.luoshi.reporting;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.luoshi.organisation.OrganisationDirectory;
import org.luoshi.plan.PlanRegister;
import org.luoshi.security.Actor;
import org.luoshi.security.SecurityFixtures;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasSize;
import static org.luoshi.reporting.ReportingFixtures.as;
import static org.luoshi.reporting.ReportingFixtures.office;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The reporting API's answers and refusals: attachments checked by content and size,
 * indicator figures checked by the indicator module, entries and consolidations refused
 * by name, each role and organisation kept to its own, the schedule and the contacts.
 * Attachments are limited to 64 KB here to keep the test light.
 */
@SpringBootTest(properties = { "luoshi.demo.enabled=true", "luoshi.reporting.attachment-limit=64KB" })
@AutoConfigureMockMvc
@Import(ReportingTestConfiguration.class)
class ReportApiTests {

	@Autowired
	ReportingStage stage;

	@Autowired
	MockMvc mvc;

	@Autowired
	Cycles cycles;

	@Autowired
	CycleProgress progress;

	@Autowired
	PlanRegister register;

	@Autowired
	OrganisationDirectory directory;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	Reminders reminders;

	long plan;

	long cycle;

	long nongwei;

	long forestry;

	Actor reporter;

	Actor forester;

	@BeforeEach
	void openTheCycle() {
		this.plan = this.stage.afresh();
		this.nongwei = this.stage.organisation("省农委");
		this.forestry = this.stage.organisation("省林业厅");
		this.reporter = SecurityFixtures.reporterOf(this.nongwei);
		this.forester = SecurityFixtures.reporterOf(this.forestry);
		this.cycle = this.stage.open2011().id();
	}

	@Test
	void anAttachmentIsAcceptedByItsContentAndGivenBackAsSent() throws Exception {
		long report = report(this.nongwei);
		byte[] pdf = "%PDF-1.4\n1 0 obj <<>> endobj\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);
		this.mvc
			.perform(post("/api/reports/{id}/attachments", report).param("fileName", "2011年工作总结.pdf")
				.header("If-Match", "\"0\"")
				.contentType(MediaType.APPLICATION_OCTET_STREAM)
				.content(pdf)
				.with(SecurityFixtures.signedInAs(this.reporter)))
			.andExpect(status().isCreated())
			.andExpect(header().string("ETag", "\"1\""))
			.andExpect(jsonPath("$.mediaType").value("application/pdf"))
			.andExpect(jsonPath("$.size").value(pdf.length));
		long attachment = this.jdbc.sql("select id from report_attachment").query(Long.class).single();
		this.mvc
			.perform(get("/api/reports/{id}/attachments/{a}", report, attachment)
				.with(SecurityFixtures.signedInAs(SecurityFixtures.leader())))
			.andExpect(status().isOk())
			.andExpect(header().string("Content-Type", "application/pdf"))
			.andExpect(content().bytes(pdf));
		org.assertj.core.api.Assertions
			.assertThat(
					this.jdbc
						.sql("select actor from audit_entry where action = 'reporting.attachment-downloaded'"
								+ " and subject = :subject")
						.param("subject", "report:" + report)
						.query(String.class)
						.list())
			.as("who read the attachment is in the audit log")
			.containsExactly(SecurityFixtures.leader().username());
	}

	@Test
	void anAttachmentIsRefusedForWhatItIsNotForItsNameAndOverTheLimit() throws Exception {
		long report = report(this.nongwei);
		attach(report, "伪装.pdf", "只是一段文字".getBytes(StandardCharsets.UTF_8)).andExpect(status().isUnsupportedMediaType())
			.andExpect(jsonPath("$.refusal").value("AttachmentTypeNotAllowed"))
			.andExpect(jsonPath("$.detail", containsString("伪装.pdf")));
		byte[] gif = "GIF89a\u0001\u0000\u0001\u0000".getBytes(StandardCharsets.ISO_8859_1);
		attach(report, "x.js", gif).andExpect(status().isUnsupportedMediaType())
			.andExpect(jsonPath("$.refusal").value("AttachmentNameMismatch"))
			.andExpect(jsonPath("$.detail", containsString("x.js")));
		attach(report, "工作总结.pdf", gif).andExpect(status().isUnsupportedMediaType())
			.andExpect(jsonPath("$.refusal").value("AttachmentNameMismatch"));
		byte[] large = new byte[65 * 1024];
		System.arraycopy("%PDF-".getBytes(StandardCharsets.US_ASCII), 0, large, 0, 5);
		attach(report, "大文件.pdf", large).andExpect(status().isPayloadTooLarge())
			.andExpect(jsonPath("$.refusal").value("AttachmentTooLarge"));
		this.mvc.perform(get("/api/reports/{id}", report).with(SecurityFixtures.signedInAs(this.reporter)))
			.andExpect(header().string("ETag", "\"0\""))
			.andExpect(jsonPath("$.attachments", hasSize(0)));
	}

	@Test
	void aFigureGoesThroughTheIndicatorModulesChecks() throws Exception {
		long report = report(this.forestry);
		long cover = this.jdbc
			.sql("select i.id from indicator i join report_figure f on f.indicator_id = i.id where i.name = '森林覆盖率'")
			.query(Long.class)
			.single();
		this.mvc
			.perform(put("/api/reports/{id}/figures/{i}", report, cover).header("If-Match", "\"0\"")
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"value\": \"120\"}")
				.with(SecurityFixtures.signedInAs(this.forester)))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.refusal").value("OutOfBounds"))
			.andExpect(jsonPath("$.errors[0].field").value("value"));
		this.mvc
			.perform(put("/api/reports/{id}/figures/{i}", report, cover).header("If-Match", "\"0\"")
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"value\": \"43.1\", \"source\": \"林业统计年报\"}")
				.with(SecurityFixtures.signedInAs(this.forester)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.value").value(43.1))
			.andExpect(jsonPath("$.source").value("林业统计年报"));
		this.mvc.perform(get("/api/indicators/{id}", cover).with(SecurityFixtures.signedInAs(this.forester)))
			.andExpect(jsonPath("$.figures[0].year").value(2011))
			.andExpect(jsonPath("$.figures[0].enteredBy").value(this.forester.username()));
		this.mvc
			.perform(put("/api/reports/{id}/figures/{i}", report(this.nongwei), cover).header("If-Match", "\"0\"")
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"value\": \"43.1\"}")
				.with(SecurityFixtures.signedInAs(this.reporter)))
			.andExpect(status().isNotFound())
			.andExpect(jsonPath("$.refusal").value("IndicatorNotOwed"));
	}

	@Test
	void entriesAreRefusedByName() throws Exception {
		long report = report(this.nongwei);
		long own = task("2.1.5");
		entry(report, own, "\"0\"", "{\"status\": \"差不多\"}").andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.refusal").value("UnknownEntryStatus"));
		entry(report, task("1.0.1"), "\"0\"", "{\"done\": \"不是本单位的任务\"}").andExpect(status().isNotFound())
			.andExpect(jsonPath("$.refusal").value("TaskNotInReport"));
		entry(report, own, "\"abc\"", "{\"done\": \"x\"}").andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.refusal").value("VersionMalformed"));
		this.mvc
			.perform(put("/api/reports/{id}/entries/{t}/consolidation", report, own).header("If-Match", "\"0\"")
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"text\": \"汇总\"}")
				.with(SecurityFixtures.signedInAs(this.reporter)))
			.andExpect(status().isConflict())
			.andExpect(jsonPath("$.refusal").value("NotTheLead"));
		this.mvc
			.perform(put("/api/reports/{id}/entries/{t}", report, own).header("If-Match", "\"0\"")
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"done\": \"审核人不填报\"}")
				.with(SecurityFixtures.signedInAs(SecurityFixtures.approverOf(this.nongwei))))
			.andExpect(status().isForbidden())
			.andExpect(jsonPath("$.refusal").value("NotYourRole"));
		this.mvc
			.perform(get("/api/reports/{id}", report(this.forestry))
				.with(SecurityFixtures.signedInAs(SecurityFixtures.approverOf(this.nongwei))))
			.andExpect(status().isForbidden())
			.andExpect(jsonPath("$.refusal").value("NotYourOrganisation"))
			.andExpect(jsonPath("$.title").value("无权操作"));
	}

	@Test
	void theOfficeOpensCyclesOnlyAsTheRulesAllow() throws Exception {
		open("{\"year\": 2011}").andExpect(status().isConflict())
			.andExpect(jsonPath("$.refusal").value("CycleAlreadyOpen"));
		open("{\"year\": 2012, \"deadline\": \"2011-12-31T23:59\"}").andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.refusal").value("DeadlineNotInFuture"));
		long unassigned = this.directory.all()
			.stream()
			.filter((o) -> !o.collective() && this.register.tasksOf(o.id(), this.plan).tasks().isEmpty())
			.findFirst()
			.orElseThrow()
			.id();
		open("{\"year\": 2012, \"organisationIds\": [" + unassigned + "]}").andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.refusal").value("OrganisationNotInPlan"));
		this.mvc
			.perform(post("/api/plans/{id}/cycles", this.plan).contentType(MediaType.APPLICATION_JSON)
				.content("{\"year\": 2012}")
				.with(SecurityFixtures.signedInAs(this.reporter)))
			.andExpect(status().isForbidden())
			.andExpect(jsonPath("$.refusal").value("NotYourRole"));
	}

	@Test
	void aPlansScheduleSetsTheRemindersOfTheCyclesOpenedAfterIt() throws Exception {
		this.mvc
			.perform(get("/api/plans/{id}/reporting-schedule", this.plan)
				.with(SecurityFixtures.signedInAs(SecurityFixtures.office())))
			.andExpect(header().string("ETag", "\"0\""))
			.andExpect(jsonPath("$.reminderDays", hasSize(3)))
			.andExpect(jsonPath("$.timeZone").value("Asia/Shanghai"));
		schedule(null, "{\"reminderDays\": [14, 3], \"timeZone\": \"Asia/Shanghai\"}")
			.andExpect(status().isPreconditionRequired());
		schedule("\"0\"", "{\"reminderDays\": [14, 0], \"timeZone\": \"Asia/Shanghai\"}")
			.andExpect(jsonPath("$.refusal").value("ReminderDaysInvalid"));
		schedule("\"0\"", "{\"reminderDays\": [14, 3], \"timeZone\": \"Mars/Olympus\"}")
			.andExpect(jsonPath("$.refusal").value("UnknownTimeZone"));
		schedule("\"0\"", "{\"reminderDays\": [3, 14], \"timeZone\": \"Asia/Urumqi\"}").andExpect(status().isOk())
			.andExpect(header().string("ETag", "\"1\""))
			.andExpect(jsonPath("$.reminderDays[0]").value(14));
		schedule("\"0\"", "{\"reminderDays\": [7], \"timeZone\": \"Asia/Shanghai\"}")
			.andExpect(status().isPreconditionFailed())
			.andExpect(jsonPath("$.refusal").value("ScheduleChangedMeanwhile"));
		open("{\"year\": 2012}").andExpect(status().isCreated())
			.andExpect(jsonPath("$.timeZone").value("Asia/Urumqi"))
			.andExpect(jsonPath("$.deadline").value("2013-03-31T23:59:00+06:00"))
			.andExpect(jsonPath("$.timetable[*].daysBefore", org.hamcrest.Matchers.contains(null, 14, 3, null)));
	}

	@Test
	void contactsAreTheOfficesToSetAndNotificationsEachUsersToRead() throws Exception {
		this.mvc
			.perform(put("/api/reporting-contacts/{id}", this.nongwei).contentType(MediaType.APPLICATION_JSON)
				.content("[{\"email\": \"no-address\"}]")
				.with(SecurityFixtures.signedInAs(SecurityFixtures.office())))
			.andExpect(jsonPath("$.refusal").value("ContactAddressInvalid"));
		this.mvc
			.perform(put("/api/reporting-contacts/{id}", this.nongwei).contentType(MediaType.APPLICATION_JSON)
				.content("[{\"email\": \"baosong@nongwei.example.org\", \"name\": \"综合处\"},"
						+ " {\"email\": \"zhuren@nongwei.example.org\", \"leadership\": true}]")
				.with(SecurityFixtures.signedInAs(SecurityFixtures.office())))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$", hasSize(2)));
		this.mvc
			.perform(get("/api/reporting-contacts/{id}", this.nongwei).with(SecurityFixtures.signedInAs(this.reporter)))
			.andExpect(jsonPath("$[1].leadership").value(true));
		this.mvc
			.perform(
					get("/api/reporting-contacts/{id}", this.forestry).with(SecurityFixtures.signedInAs(this.reporter)))
			.andExpect(status().isForbidden());

		this.mvc.perform(get("/api/notifications").with(SecurityFixtures.signedInAs(this.reporter)))
			.andExpect(jsonPath("$", hasSize(0)));
		this.reminders.sendDue();
		this.mvc.perform(get("/api/notifications").with(SecurityFixtures.signedInAs(this.reporter)))
			.andExpect(jsonPath("$", hasSize(1)))
			.andExpect(jsonPath("$[0].kind").value("opening"))
			.andExpect(jsonPath("$[0].text", containsString("2012-03-31 23:59")))
			.andExpect(jsonPath("$[0].read").value(false));
		long notice = this.jdbc.sql("select id from reporting_notification where organisation_id = :o")
			.param("o", this.nongwei)
			.query(Long.class)
			.single();
		this.mvc.perform(post("/api/notifications/{id}/read", notice).with(SecurityFixtures.signedInAs(this.forester)))
			.andExpect(status().isForbidden())
			.andExpect(jsonPath("$.refusal").value("NotYourOrganisation"));
		this.mvc.perform(post("/api/notifications/{id}/read", notice).with(SecurityFixtures.signedInAs(this.reporter)))
			.andExpect(status().isNoContent());
		this.mvc.perform(get("/api/notifications").param("lang", "en").with(SecurityFixtures.signedInAs(this.reporter)))
			.andExpect(jsonPath("$[0].read").value(true))
			.andExpect(jsonPath("$[0].text", containsString("reports are due by 2012-03-31 23:59")));
	}

	private long report(long organisation) {
		return as(office(), () -> this.progress.dashboard(this.cycle)).organisations()
			.stream()
			.filter((o) -> o.organisationId() == organisation)
			.findFirst()
			.orElseThrow()
			.reportId();
	}

	private long task(String code) {
		return this.jdbc.sql("select id from task where code = :code").param("code", code).query(Long.class).single();
	}

	private ResultActions attach(long report, String name, byte[] content) throws Exception {
		return this.mvc.perform(post("/api/reports/{id}/attachments", report).param("fileName", name)
			.header("If-Match", "\"0\"")
			.contentType(MediaType.APPLICATION_OCTET_STREAM)
			.content(content)
			.with(SecurityFixtures.signedInAs(this.reporter)));
	}

	private ResultActions entry(long report, long task, String ifMatch, String body) throws Exception {
		return this.mvc.perform(put("/api/reports/{id}/entries/{t}", report, task).header("If-Match", ifMatch)
			.contentType(MediaType.APPLICATION_JSON)
			.content(body)
			.with(SecurityFixtures.signedInAs(this.reporter)));
	}

	private ResultActions open(String body) throws Exception {
		return this.mvc.perform(post("/api/plans/{id}/cycles", this.plan).contentType(MediaType.APPLICATION_JSON)
			.content(body)
			.with(SecurityFixtures.signedInAs(SecurityFixtures.office())));
	}

	private ResultActions schedule(String ifMatch, String body) throws Exception {
		var request = put("/api/plans/{id}/reporting-schedule", this.plan).contentType(MediaType.APPLICATION_JSON)
			.content(body)
			.with(SecurityFixtures.signedInAs(SecurityFixtures.office()));
		if (ifMatch != null) {
			request.header("If-Match", ifMatch);
		}
		return this.mvc.perform(request);
	}

}
