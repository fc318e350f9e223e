package org.luoshi.portal;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.luoshi.evaluation.AnnualReportView;
import org.luoshi.evaluation.AnnualReports;
import org.luoshi.evaluation.EvaluationFixtures;
import org.luoshi.evaluation.Year2011;
import org.luoshi.reporting.ReportingTestConfiguration;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.luoshi.evaluation.EvaluationFixtures.as;
import static org.luoshi.evaluation.EvaluationFixtures.office;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The public portal, read without signing in: nothing reaches it — no draft, no frozen
 * report, no preliminary figure — until the office publishes; publishing makes the report
 * and its figures appear in the pages, the CSV and the JSON; a figure revised and one
 * entered afterwards leave the published report and its figures as they were. Pages carry
 * ETag, Last-Modified and Cache-Control and answer 304 to a reader who has them.
 */
@SpringBootTest(properties = "luoshi.demo.enabled=true")
@AutoConfigureMockMvc
@Import(ReportingTestConfiguration.class)
class PortalTests {

	@Autowired
	ApplicationContext context;

	@Autowired
	MockMvc mvc;

	@Autowired
	AnnualReports annualReports;

	Year2011 year;

	long ammonia;

	@BeforeEach
	void seedTheYearWithAPreliminaryFigure() {
		this.year = Year2011.seeded(this.context);
		this.year.enter("氨氮排放", 2011, "3.17", "preliminary", null);
		this.ammonia = this.year.seed().id("氨氮排放");
	}

	@Test
	void nothingReachesThePortalUntilPublishedThenTheReportAndItsFiguresDoAndALaterRevisionChangesNothing()
			throws Exception {
		AnnualReportView draft = as(office(), () -> this.annualReports.generate(this.year.plan, 2011));
		assertNothingPublished();
		as(office(), () -> this.annualReports.freeze(draft.id()));
		assertNothingPublished();
		this.mvc.perform(get("/portal/reports/{id}", draft.id())).andExpect(status().isNotFound());

		as(office(), () -> this.annualReports.publish(draft.id(), null));
		String home = page("/portal");
		assertThat(home).contains("2011年度实施进展情况报告").contains("森林覆盖率").contains("快于预期");
		String csv = page("/portal/data/figures.csv");
		assertThat(csv).contains(",氨氮排放,true,%,,false,2011,3.17,preliminary,")
			.contains(",森林覆盖率,true,%,,false,2011,43.4,final,");
		String json = page("/portal/data/figures.json?indicator=" + this.ammonia);
		assertThat(json).contains("\"total\":1").contains("\"figure\":3.17").contains("\"status\":\"preliminary\"");
		String indicator = page("/portal/indicators/" + this.ammonia);
		assertThat(indicator).contains("3.17").contains("初步");
		String report = page("/portal/reports/" + draft.id());
		assertThat(report).contains("3.17").contains("43.4");

		this.year.enter("氨氮排放", 2011, "3.05", "final", "环境统计年报核定");
		this.year.enter("森林覆盖率", 2012, "43.9", "preliminary", null);
		assertThat(page("/portal/data/figures.csv")).isEqualTo(csv).doesNotContain("3.05").doesNotContain("43.9");
		assertThat(page("/portal/data/figures.json?indicator=" + this.ammonia)).isEqualTo(json);
		assertThat(page("/portal/reports/" + draft.id())).isEqualTo(report);
		assertThat(page("/portal/indicators/" + this.ammonia)).isEqualTo(indicator);
		assertThat(page("/portal")).isEqualTo(home);
	}

	@Test
	void pagesCarryValidatorsAndCachingAndAReaderWithTheSameCopyGets304() throws Exception {
		AnnualReportView draft = as(office(), () -> this.annualReports.generate(this.year.plan, 2011));
		as(office(), () -> this.annualReports.freeze(draft.id()));
		as(office(), () -> this.annualReports.publish(draft.id(), null));
		MvcResult first = this.mvc.perform(get("/portal"))
			.andExpect(status().isOk())
			.andExpect(header().string("Cache-Control", org.hamcrest.Matchers.containsString("max-age=300")))
			.andExpect(header().exists("Last-Modified"))
			.andReturn();
		String tag = first.getResponse().getHeader("ETag");
		assertThat(tag).isNotBlank();
		this.mvc.perform(get("/portal").header("If-None-Match", tag)).andExpect(status().isNotModified());
		this.mvc.perform(get("/portal/indicators/{id}", this.ammonia).header("If-None-Match", tag))
			.andExpect(status().isOk());
		assertThat(page("/portal?lang=en")).contains("Binding indicators in 2011").contains("faster than expected");
	}

	@Test
	void thePortalReadsWithoutJavaScriptAndServesTheSchemaAndTheDocuments() throws Exception {
		AnnualReportView draft = as(office(), () -> this.annualReports.generate(this.year.plan, 2011));
		as(office(), () -> this.annualReports.freeze(draft.id()));
		as(office(), () -> this.annualReports.publish(draft.id(), null));
		long forest = this.year.seed().id("森林覆盖率");
		String indicator = page("/portal/indicators/" + forest);
		// the chart's figures are in a table too
		assertThat(indicator).contains("id=\"path\"").contains("43.4").contains("44.2");
		assertThat(page("/portal/data/schema.json")).contains("\"verdict\"").contains("preliminary");
		this.mvc.perform(get("/portal/reports/{id}/report.pdf", draft.id()))
			.andExpect(status().isOk())
			.andExpect(header().string("Content-Type", "application/pdf"));
		this.mvc.perform(get("/portal/reports/{id}/report.docx", draft.id())).andExpect(status().isOk());
		this.mvc.perform(get("/portal/data/figures.json?size=0")).andExpect(status().isBadRequest());
	}

	private void assertNothingPublished() throws Exception {
		assertThat(page("/portal")).contains("尚未发布任何报告").doesNotContain("森林覆盖率");
		assertThat(page("/portal/data/figures.csv").lines().count()).isEqualTo(1);
		assertThat(page("/portal/data/figures.json")).contains("\"total\":0").doesNotContain("3.17");
		this.mvc.perform(get("/portal/indicators/{id}", this.ammonia)).andExpect(status().isNotFound());
	}

	private String page(String path) throws Exception {
		return this.mvc.perform(get(path))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
	}

}
