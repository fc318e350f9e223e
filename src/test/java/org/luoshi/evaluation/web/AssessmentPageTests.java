package org.luoshi.evaluation.web;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.luoshi.evaluation.EvaluationFixtures;
import org.luoshi.reporting.ReportingTestConfiguration;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.luoshi.security.SecurityFixtures.signedInAs;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The assessment's pages: the office edits a rubric on its page — a rubric whose base
 * points do not add up is refused beside the form with the sum named and the typed rows
 * kept, a stale version is refused with 412, nothing saved either time; an organisation's
 * reporter is taken from the ranking to its own breakdown and refused another's, objects
 * on its page and reads the office's answer; the breakdown reads in English too.
 */
@SpringBootTest(properties = "luoshi.demo.enabled=true")
@AutoConfigureMockMvc
@Import(ReportingTestConfiguration.class)
class AssessmentPageTests extends AssessedYearWebTests {

	String page() {
		return "/plans/" + this.year.plan + "/assessment/2011";
	}

	// indicators, tasks, timeliness and the cities' veto on the cultivated land, two
	// blank rows
	MockHttpServletRequestBuilder cities(String indicatorPoints) {
		return post(page() + "/rubric/cities").with(signedInAs(EvaluationFixtures.office()))
			.with(csrf())
			.param("code", "ind", "tasks", "time", "land", "", "")
			.param("name", "分解指标完成情况", "重点任务推进情况", "报送及时性", "耕地保护一票否决", "", "")
			.param("source", "indicators", "tasks", "timeliness", "veto", "", "")
			.param("points", indicatorPoints, "30", "30", "", "", "")
			.param("rate", "", "0.5", "3", "", "", "")
			.param("limit", "", "", "", "", "", "")
			.param("cap", "", "", "", "basically-completed", "", "")
			.param("indicator", "", "", "", "耕地保有量", "", "")
			.param("exceeded", "95")
			.param("completed", "80")
			.param("basic", "60");
	}

	@Test
	void theOfficeEditsARubricOnItsPageAndABadOneIsRefusedBesideTheForm() throws Exception {
		this.mvc.perform(cities("30"))
			.andExpect(status().isUnprocessableContent())
			.andExpect(content().string(containsString("基本考核项目的分值合计为 90 分，应为 100 分；考核细则未保存。")))
			.andExpect(content().string(containsString("value=\"耕地保护一票否决\"")));
		assertThat(this.jdbc.sql("select count(*) from assessment_rubric").query(Integer.class).single()).isZero();
		this.mvc.perform(cities("40")).andExpect(status().isFound()).andExpect(redirectedUrl(page() + "/rubric"));
		this.mvc.perform(cities("40").param("version", "1")).andExpect(status().isFound());
		// a second office user still on version 1
		this.mvc.perform(cities("40").param("version", "1"))
			.andExpect(status().isPreconditionFailed())
			.andExpect(content().string(containsString("他人已修改过这份考核细则")));
		assertThat(this.jdbc.sql("select version from assessment_rubric").query(Integer.class).list())
			.isEqualTo(List.of(2));
		this.mvc.perform(get(page() + "/rubric").with(signedInAs(EvaluationFixtures.office())))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("“耕地保有量”未达标或规划办认定存在一票否决事项的，考核等次最高为“基本完成”。")));
	}

	@Test
	void aReporterIsTakenToItsOwnBreakdownAndRefusedAnothersBeforePublication() throws Exception {
		this.mvc.perform(cities("40")).andExpect(status().isFound());
		this.mvc
			.perform(post(page() + "/rubric/departments").with(signedInAs(EvaluationFixtures.office()))
				.with(csrf())
				.param("code", "ind", "tasks", "", "")
				.param("name", "约束性指标完成情况", "重点任务推进情况", "", "")
				.param("source", "indicators", "tasks", "", "")
				.param("points", "60", "40", "", "")
				.param("rate", "", "0.5", "", "")
				.param("limit", "", "", "", "")
				.param("cap", "", "", "", "")
				.param("indicator", "", "", "", "")
				.param("exceeded", "95")
				.param("completed", "80")
				.param("basic", "60"))
			.andExpect(status().isFound());
		this.mvc.perform(post(page() + "/compute").with(signedInAs(EvaluationFixtures.office())).with(csrf()))
			.andExpect(status().isFound());
		this.mvc.perform(get(page()).with(signedInAs(EvaluationFixtures.office())))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("chart-departments")))
			.andExpect(content().string(containsString("省环保厅")));
		var reporter = EvaluationFixtures.reporter(this.year.environment);
		this.mvc.perform(get(page()).with(signedInAs(reporter)))
			.andExpect(status().isFound())
			.andExpect(redirectedUrl(page() + "/organisations/" + this.year.environment));
		this.mvc.perform(get(page() + "/organisations/" + this.year.environment).with(signedInAs(reporter)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"object\"")));
		this.mvc.perform(get(page() + "/organisations/" + this.year.forestry).with(signedInAs(reporter)))
			.andExpect(status().isForbidden());
		// the reporter objects on its page, the office reads it there and answers
		this.mvc
			.perform(post(page() + "/organisations/" + this.year.environment + "/object").with(signedInAs(reporter))
				.with(csrf())
				.param("comment", "逾期系系统故障所致"))
			.andExpect(status().isFound());
		Long objection = this.jdbc.sql("select id from assessment_objection").query(Long.class).single();
		this.mvc
			.perform(post(page() + "/organisations/" + this.year.environment + "/objections/" + objection)
				.with(signedInAs(EvaluationFixtures.office()))
				.with(csrf())
				.param("answer", "经核实属实"))
			.andExpect(status().isFound());
		this.mvc.perform(get(page() + "/organisations/" + this.year.environment).with(signedInAs(reporter)))
			.andExpect(content().string(containsString("逾期系系统故障所致")))
			.andExpect(content().string(containsString("规划办答复：经核实属实")));
		// and in English
		this.mvc
			.perform(get(page() + "/organisations/" + this.year.environment).param("lang", "en")
				.with(signedInAs(EvaluationFixtures.office())))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Binding indicators met")))
			.andExpect(content().string(containsString("Points = 60 × indicators met")))
			.andExpect(content().string(containsString("Office&#39;s answer: 经核实属实")));
	}

}
