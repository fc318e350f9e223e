package org.luoshi.evaluation.web;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.luoshi.evaluation.EvaluationFixtures;
import org.luoshi.evaluation.Year2011;
import org.luoshi.reporting.ReportingTestConfiguration;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.luoshi.security.SecurityFixtures.signedInAs;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The annual report's API and pages: generate, the office's sections with If-Match,
 * freeze, publish, compare and download, and each refusal answered with its status and
 * named refusal — for a year outside the plan, a year without cycle, an unknown draft, a
 * stale or missing version, freezing twice, publishing a draft, and anybody but the
 * office writing.
 */
@SpringBootTest(properties = "luoshi.demo.enabled=true")
@AutoConfigureMockMvc
@Import(ReportingTestConfiguration.class)
class AnnualReportApiTests {

	@Autowired
	ApplicationContext context;

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	Year2011 year;

	@BeforeEach
	void seed() {
		this.year = Year2011.seeded(this.context);
	}

	long generate() throws Exception {
		MvcResult result = this.mvc
			.perform(
					post("/api/plans/{id}/annual-reports", this.year.plan).with(signedInAs(EvaluationFixtures.office()))
						.contentType(MediaType.APPLICATION_JSON)
						.content("{\"year\": 2011}"))
			.andExpect(status().isCreated())
			.andExpect(header().string("ETag", "\"0\""))
			.andExpect(jsonPath("$.summary.state").value("draft"))
			.andReturn();
		return ((Number) com.jayway.jsonpath.JsonPath.read(result.getResponse().getContentAsString(), "$.summary.id"))
			.longValue();
	}

	@Test
	void theOfficeGeneratesEditsWithIfMatchFreezesAndPublishes() throws Exception {
		long id = generate();
		this.mvc
			.perform(put("/api/annual-reports/{id}/narrative", id).with(signedInAs(EvaluationFixtures.office()))
				.header("If-Match", "\"0\"")
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"overall\": \"总体平稳\", \"problems\": \"资金不足\", \"nextSteps\": \"加强调度\"}"))
			.andExpect(status().isOk())
			.andExpect(header().string("ETag", "\"1\""))
			.andExpect(jsonPath("$.narrative.overall").value("总体平稳"));
		this.mvc
			.perform(put("/api/annual-reports/{id}/narrative", id).with(signedInAs(EvaluationFixtures.office()))
				.header("If-Match", "\"0\"")
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"overall\": \"另一人的稿子\"}"))
			.andExpect(status().isPreconditionFailed())
			.andExpect(jsonPath("$.refusal").value("NarrativeChangedMeanwhile"))
			.andExpect(jsonPath("$.code").value("narrative-changed-meanwhile"));
		this.mvc
			.perform(put("/api/annual-reports/{id}/narrative", id).with(signedInAs(EvaluationFixtures.office()))
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"overall\": \"没有版本\"}"))
			.andExpect(status().isPreconditionRequired());
		this.mvc.perform(get("/api/annual-reports/{id}", id).with(signedInAs(EvaluationFixtures.leader())))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.narrative.overall").value("总体平稳"))
			.andExpect(jsonPath("$.model.binding.length()").value(16));

		this.mvc.perform(post("/api/annual-reports/{id}/publish", id).with(signedInAs(EvaluationFixtures.office())))
			.andExpect(status().isConflict())
			.andExpect(jsonPath("$.refusal").value("DraftNotFrozen"));
		this.mvc.perform(post("/api/annual-reports/{id}/freeze", id).with(signedInAs(EvaluationFixtures.office())))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.summary.state").value("frozen"));
		this.mvc.perform(post("/api/annual-reports/{id}/freeze", id).with(signedInAs(EvaluationFixtures.office())))
			.andExpect(status().isConflict())
			.andExpect(jsonPath("$.refusal").value("AlreadyFrozen"));
		this.mvc.perform(post("/api/annual-reports/{id}/publish", id).with(signedInAs(EvaluationFixtures.office())))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.summary.state").value("published"));

		long second = generate();
		this.mvc
			.perform(get("/api/annual-reports/{id}/comparison", second).param("with", String.valueOf(id))
				.with(signedInAs(EvaluationFixtures.office())))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.fromNumber").value(2))
			.andExpect(jsonPath("$.toNumber").value(1));
		this.mvc
			.perform(get("/api/plans/{id}/annual-reports", this.year.plan).param("year", "2011")
				.with(signedInAs(EvaluationFixtures.leader())))
			.andExpect(jsonPath("$[*].number").value(org.hamcrest.Matchers.contains(2, 1)));
	}

	@Test
	void theDocumentsDownloadAsWordAndPdf() throws Exception {
		long id = generate();
		byte[] docx = this.mvc
			.perform(get("/api/annual-reports/{id}/report.docx", id).with(signedInAs(EvaluationFixtures.leader())))
			.andExpect(status().isOk())
			.andExpect(content().contentType(AnnualReportApiController.DOCX))
			.andReturn()
			.getResponse()
			.getContentAsByteArray();
		assertThat(docx).startsWith('P', 'K');
		byte[] pdf = this.mvc
			.perform(get("/api/annual-reports/{id}/report.pdf", id).with(signedInAs(EvaluationFixtures.office())))
			.andExpect(status().isOk())
			.andExpect(content().contentType(MediaType.APPLICATION_PDF))
			.andReturn()
			.getResponse()
			.getContentAsByteArray();
		assertThat(new String(pdf, 0, 5, java.nio.charset.StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
	}

	@Test
	void badRequestsAreRefusedByNameAndChangeNothing() throws Exception {
		this.mvc
			.perform(
					post("/api/plans/{id}/annual-reports", this.year.plan).with(signedInAs(EvaluationFixtures.office()))
						.contentType(MediaType.APPLICATION_JSON)
						.content("{\"year\": 2016}"))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.refusal").value("YearOutsidePlan"));
		this.mvc
			.perform(
					post("/api/plans/{id}/annual-reports", this.year.plan).with(signedInAs(EvaluationFixtures.office()))
						.contentType(MediaType.APPLICATION_JSON)
						.content("{\"year\": 2013}"))
			.andExpect(status().isConflict())
			.andExpect(jsonPath("$.refusal").value("NoCycleForYear"));
		this.mvc.perform(get("/api/annual-reports/999999").with(signedInAs(EvaluationFixtures.office())))
			.andExpect(status().isNotFound())
			.andExpect(jsonPath("$.refusal").value("ReportNotFound"));
		this.mvc
			.perform(post("/api/plans/{id}/annual-reports", this.year.plan)
				.with(signedInAs(EvaluationFixtures.reporter(this.year.nongwei)))
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"year\": 2011}"))
			.andExpect(status().isForbidden())
			.andExpect(jsonPath("$.refusal").value("NotYourRole"));
		assertThat(this.jdbc.sql("select count(*) from annual_report").query(Long.class).single()).isZero();
	}

	@Test
	void thePagesShowTheYearsTheDraftAndKeepTheWritersTextWhenSomebodySavedMeanwhile() throws Exception {
		this.mvc.perform(get("/evaluation").with(signedInAs(EvaluationFixtures.office())))
			.andExpect(status().isOk())
			.andExpect(content().string(org.hamcrest.Matchers.containsString("生成新稿")));
		this.mvc.perform(get("/evaluation").with(signedInAs(EvaluationFixtures.reporter(this.year.nongwei))))
			.andExpect(status().isForbidden());
		long id = generate();
		this.mvc.perform(get("/evaluation/reports/{id}", id).with(signedInAs(EvaluationFixtures.office())))
			.andExpect(status().isOk())
			.andExpect(content().string(org.hamcrest.Matchers.containsString("快于预期")));
		this.mvc
			.perform(post("/evaluation/reports/{id}/narrative", id).with(signedInAs(EvaluationFixtures.office()))
				.with(csrf())
				.param("version", "0")
				.param("overall", "甲写的总体情况"))
			.andExpect(status().is3xxRedirection());
		this.mvc
			.perform(post("/evaluation/reports/{id}/narrative", id).with(signedInAs(EvaluationFixtures.office()))
				.with(csrf())
				.param("version", "0")
				.param("overall", "乙写的总体情况"))
			.andExpect(status().isPreconditionFailed())
			.andExpect(content().string(org.hamcrest.Matchers.containsString("乙写的总体情况")))
			.andExpect(content().string(org.hamcrest.Matchers.containsString("他人已保存过这份报告")));
		this.mvc
			.perform(get("/evaluation/reports/{id}/charts/chapters.png", id)
				.with(signedInAs(EvaluationFixtures.leader())))
			.andExpect(status().isOk())
			.andExpect(content().contentType(MediaType.IMAGE_PNG));
	}

}
