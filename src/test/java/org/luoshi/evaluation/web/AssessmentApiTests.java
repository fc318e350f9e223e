package org.luoshi.evaluation.web;

import java.io.ByteArrayInputStream;

import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.Test;
import org.luoshi.evaluation.EvaluationFixtures;
import org.luoshi.reporting.ReportingTestConfiguration;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;

import static org.assertj.core.api.Assertions.assertThat;
import static org.luoshi.security.SecurityFixtures.signedInAs;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The assessment's API: rubrics saved with If-Match and each bad input refused as a
 * problem with its status and named refusal, nothing changed — points that do not add up
 * (the sum named), a criterion without a data source, a stale version (412), an
 * adjustment without a reason, an objection after the lock, another organisation's
 * breakdown before publication; the exports open as a workbook and a Word document; the
 * portal shows the results once published, not before.
 */
@SpringBootTest(properties = "luoshi.demo.enabled=true")
@AutoConfigureMockMvc
@Import(ReportingTestConfiguration.class)
class AssessmentApiTests extends AssessedYearWebTests {

	static final String DEPARTMENTS = """
			{"criteria": [
			  {"code": "ind", "name": "约束性指标完成情况", "source": "indicators", "points": %s},
			  {"code": "tasks", "name": "重点任务推进情况", "source": %s, "points": 30, "rate": 0.5},
			  {"code": "time", "name": "报送及时性", "source": "timeliness", "points": 20, "rate": 2},
			  {"code": "complete", "name": "报送完整性", "source": "completeness", "points": 10},
			  {"code": "veto", "name": "一票否决", "source": "veto", "cap": "basically-completed"}],
			 "bands": {"exceeded": 95, "completed": 80, "basic": 60}}
			""";

	static final String CITIES = """
			{"criteria": [
			  {"code": "ind", "name": "分解指标完成情况", "source": "indicators", "points": 40},
			  {"code": "tasks", "name": "重点任务推进情况", "source": "tasks", "points": 30, "rate": 0.5},
			  {"code": "time", "name": "报送及时性", "source": "timeliness", "points": 30, "rate": 3}],
			 "bands": {"exceeded": 95, "completed": 80, "basic": 60}}
			""";

	String base() {
		return "/api/plans/" + this.year.plan + "/assessments/2011";
	}

	@Test
	void aRubricIsSavedWithIfMatchAndEveryBadOneIsRefusedNothingChanged() throws Exception {
		this.mvc
			.perform(put(base() + "/rubrics/departments").with(signedInAs(EvaluationFixtures.office()))
				.contentType(MediaType.APPLICATION_JSON)
				.content(DEPARTMENTS.formatted("30", "\"tasks\"")))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.code").value("assessment-points-do-not-add-up"))
			.andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.containsString("90")));
		this.mvc
			.perform(put(base() + "/rubrics/departments").with(signedInAs(EvaluationFixtures.office()))
				.contentType(MediaType.APPLICATION_JSON)
				.content(DEPARTMENTS.formatted("40", "null")))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.code").value("assessment-criterion-without-source"));
		assertThat(this.jdbc.sql("select count(*) from assessment_rubric").query(Integer.class).single()).isZero();
		this.mvc
			.perform(put(base() + "/rubrics/departments").with(signedInAs(EvaluationFixtures.office()))
				.contentType(MediaType.APPLICATION_JSON)
				.content(DEPARTMENTS.formatted("40", "\"tasks\"")))
			.andExpect(status().isOk())
			.andExpect(header().string("ETag", "\"1\""));
		this.mvc
			.perform(put(base() + "/rubrics/departments").with(signedInAs(EvaluationFixtures.office()))
				.header("If-Match", "\"1\"")
				.contentType(MediaType.APPLICATION_JSON)
				.content(DEPARTMENTS.formatted("40", "\"tasks\"")))
			.andExpect(status().isOk())
			.andExpect(header().string("ETag", "\"2\""));
		// a second office user who read version 1
		this.mvc
			.perform(put(base() + "/rubrics/departments").with(signedInAs(EvaluationFixtures.office()))
				.header("If-Match", "\"1\"")
				.contentType(MediaType.APPLICATION_JSON)
				.content(DEPARTMENTS.formatted("40", "\"tasks\"")))
			.andExpect(status().isPreconditionFailed())
			.andExpect(jsonPath("$.code").value("assessment-rubric-changed-meanwhile"));
		this.mvc.perform(get(base() + "/rubrics/departments").with(signedInAs(EvaluationFixtures.office())))
			.andExpect(status().isOk())
			.andExpect(header().string("ETag", "\"2\""))
			.andExpect(jsonPath("$.criteria[0].points").value(40));
		this.mvc
			.perform(put(base() + "/rubrics/departments")
				.with(signedInAs(EvaluationFixtures.reporter(this.year.forestry)))
				.contentType(MediaType.APPLICATION_JSON)
				.content(DEPARTMENTS.formatted("40", "\"tasks\"")))
			.andExpect(status().isForbidden());
	}

	@Test
	void theReviewRefusesWhatItMustAndTheExportsOpen() throws Exception {
		this.mvc
			.perform(put(base() + "/rubrics/departments").with(signedInAs(EvaluationFixtures.office()))
				.contentType(MediaType.APPLICATION_JSON)
				.content(DEPARTMENTS.formatted("40", "\"tasks\"")))
			.andExpect(status().isOk());
		this.mvc
			.perform(put(base() + "/rubrics/cities").with(signedInAs(EvaluationFixtures.office()))
				.contentType(MediaType.APPLICATION_JSON)
				.content(CITIES))
			.andExpect(status().isOk());
		this.mvc.perform(post(base() + "/computations").with(signedInAs(EvaluationFixtures.office())))
			.andExpect(status().isOk());
		String adjust = base() + "/organisations/" + this.year.environment + "/adjustments";
		this.mvc
			.perform(post(adjust).with(signedInAs(EvaluationFixtures.office()))
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"points\": 5}"))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.code").value("assessment-reason-required"));
		this.mvc
			.perform(get(base() + "/organisations/" + this.year.environment)
				.with(signedInAs(EvaluationFixtures.reporter(this.year.forestry))))
			.andExpect(status().isForbidden())
			.andExpect(jsonPath("$.code").value("assessment-not-your-breakdown"));
		this.mvc
			.perform(get(base() + "/organisations/" + this.year.environment)
				.with(signedInAs(EvaluationFixtures.office())))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.adjustments").isEmpty());
		this.mvc.perform(post(base() + "/lock").with(signedInAs(EvaluationFixtures.office())))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.state").value("locked"));
		this.mvc
			.perform(post(base() + "/organisations/" + this.year.environment + "/objections")
				.with(signedInAs(EvaluationFixtures.reporter(this.year.environment)))
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"text\": \"逾期扣分有误\"}"))
			.andExpect(status().isConflict())
			.andExpect(jsonPath("$.code").value("assessment-locked"));

		String portal = "/portal/assessments/" + this.year.plan + "/2011";
		this.mvc.perform(get(portal)).andExpect(status().isNotFound());
		this.mvc.perform(post(base() + "/publish").with(signedInAs(EvaluationFixtures.office())))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.state").value("published"));
		// published, the results are the public's
		this.mvc.perform(get(portal))
			.andExpect(status().isOk())
			.andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.content()
				.string(org.hamcrest.Matchers.allOf(org.hamcrest.Matchers.containsString("省林业厅"),
						org.hamcrest.Matchers.containsString("白城市政府"))));
		this.mvc.perform(get("/portal/assessments"))
			.andExpect(status().isOk())
			.andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.content()
				.string(org.hamcrest.Matchers.containsString("2011年度责任考核结果")));

		byte[] xlsx = this.mvc.perform(get(base() + "/assessment.xlsx").with(signedInAs(EvaluationFixtures.office())))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsByteArray();
		try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
			assertThat(book.getNumberOfSheets()).isEqualTo(2);
			// a header and the four organisations
			assertThat(book.getSheetAt(0).getLastRowNum()).isEqualTo(4);
			assertThat(book.getSheetAt(0).getRow(1).getCell(2).getStringCellValue()).isEqualTo("省林业厅");
		}
		byte[] docx = this.mvc.perform(get(base() + "/assessment.docx").with(signedInAs(EvaluationFixtures.office())))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsByteArray();
		try (XWPFWordExtractor text = new XWPFWordExtractor(new XWPFDocument(new ByteArrayInputStream(docx)))) {
			assertThat(text.getText()).contains("2011年度责任考核").contains("白城市政府").contains("耕地保有量");
		}
	}

}
