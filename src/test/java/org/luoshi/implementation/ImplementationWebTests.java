package org.luoshi.implementation;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.luoshi.security.Actor;
import org.luoshi.security.SecurityFixtures;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.luoshi.security.SecurityFixtures.signedInAs;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;

/**
 * Implementation plans over HTTP and on the pages: the plan's write count as ETag and
 * If-Match on every write (428 without, 412 when stale, each an RFC 9457 problem naming
 * its refusal); a milestone outside the plan refused as 422 naming the milestone; who
 * reads whose plan and the filing list; the organisation's page, its form, the office's
 * filing view and the task page's fragment.
 */
@SpringBootTest(properties = "luoshi.demo.enabled=true")
@AutoConfigureMockMvc
class ImplementationWebTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	long plan;

	long nongwei;

	long land;

	long task;

	Actor reporter;

	@BeforeEach
	void seed() {
		ImplementationFixtures.clear(this.jdbc);
		this.plan = ImplementationFixtures.plan(this.jdbc);
		this.nongwei = ImplementationFixtures.organisation(this.jdbc, "省农委");
		this.land = ImplementationFixtures.organisation(this.jdbc, "省国土资源厅");
		this.task = ImplementationFixtures.tasksOf(this.jdbc, this.nongwei).get(0);
		this.reporter = SecurityFixtures.reporterOf(this.nongwei);
	}

	@AfterEach
	void leaveNoTrace() {
		ImplementationFixtures.clear(this.jdbc);
	}

	String measure(String due) {
		return """
				{"taskId": %d, "text": "推进高标准农田建设", "division": "农田建设处", "contact": "李华",
				 "milestones": [{"deliverable": "完成年度建设任务", "due": "%s", "recognition": "验收报告"}]}
				""".formatted(this.task, due);
	}

	String path() {
		return "/api/plans/" + this.plan + "/implementation-plans/" + this.nongwei;
	}

	@Test
	void everyWriteNamesTheVersionItRead() throws Exception {
		this.mvc.perform(get(path()).with(signedInAs(this.reporter)))
			.andExpect(status().isOk())
			.andExpect(header().string("ETag", "\"0\""))
			.andExpect(jsonPath("$.shown").doesNotExist());
		this.mvc
			.perform(post(path() + "/measures").with(signedInAs(this.reporter))
				.contentType(MediaType.APPLICATION_JSON)
				.content(measure("2012-Q2")))
			.andExpect(status().isPreconditionRequired());
		this.mvc
			.perform(post(path() + "/measures").with(signedInAs(this.reporter))
				.header("If-Match", "\"0\"")
				.contentType(MediaType.APPLICATION_JSON)
				.content(measure("2012-Q2")))
			.andExpect(status().isOk())
			.andExpect(header().string("ETag", "\"1\""))
			.andExpect(jsonPath("$.shown.state").value("draft"))
			.andExpect(jsonPath("$.tasks[?(@.taskId == " + this.task + ")].measures[0].milestones[0].due.by")
				.value("2012-06-30"));
		this.mvc
			.perform(post(path() + "/measures").with(signedInAs(this.reporter))
				.header("If-Match", "\"0\"")
				.contentType(MediaType.APPLICATION_JSON)
				.content(measure("2012-Q3")))
			.andExpect(status().isPreconditionFailed())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.refusal").value("Stale"));
		this.mvc
			.perform(post(path() + "/measures").with(signedInAs(this.reporter))
				.header("If-Match", "\"1\"")
				.contentType(MediaType.APPLICATION_JSON)
				.content(measure("2017-06")))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.refusal").value("MilestoneOutsidePlan"))
			.andExpect(jsonPath("$.detail").value(containsString("完成年度建设任务")));
		this.mvc
			.perform(post(path() + "/approval").with(signedInAs(SecurityFixtures.approverOf(this.nongwei)))
				.header("If-Match", "\"1\""))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.shown.state").value("approved"));
	}

	@Test
	void eachReadsWhatIsTheirs() throws Exception {
		this.mvc.perform(get(path()).with(signedInAs(SecurityFixtures.reporterOf(this.land))))
			.andExpect(status().isForbidden())
			.andExpect(jsonPath("$.refusal").value("NotYourOrganisation"));
		this.mvc.perform(get(path()).with(signedInAs(SecurityFixtures.office()))).andExpect(status().isOk());
		this.mvc.perform(get("/api/plans/" + this.plan + "/filings").with(signedInAs(this.reporter)))
			.andExpect(status().isForbidden());
		this.mvc.perform(get("/api/plans/" + this.plan + "/filings").with(signedInAs(SecurityFixtures.leader())))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.rows[?(@.name == '省农委')].tasks").isNotEmpty());
		this.mvc
			.perform(put("/api/plans/" + this.plan + "/filings/deadline").with(signedInAs(SecurityFixtures.leader()))
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"deadline\": \"2012-06-30\"}"))
			.andExpect(status().isForbidden());
		this.mvc
			.perform(put("/api/plans/" + this.plan + "/filings/deadline").with(signedInAs(SecurityFixtures.office()))
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"deadline\": \"2030-06-30\"}"))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.refusal").value("DeadlineOutsidePlan"));
	}

	@Test
	void thePagesShowThePlanTheFormAndTheFilingList() throws Exception {
		this.mvc.perform(get("/plans/" + this.plan + "/implementation").with(signedInAs(this.reporter)))
			.andExpect(redirectedUrl("/plans/" + this.plan + "/implementation/" + this.nongwei));
		this.mvc.perform(get("/plans/" + this.plan + "/implementation").with(signedInAs(SecurityFixtures.office())))
			.andExpect(redirectedUrl("/plans/" + this.plan + "/filings"));
		String code = ImplementationFixtures.code(this.jdbc, this.task);
		this.mvc.perform(get("/plans/" + this.plan + "/implementation/" + this.nongwei).with(signedInAs(this.reporter)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString(code)))
			.andExpect(content().string(containsString("添加具体措施")));
		this.mvc
			.perform(post("/plans/" + this.plan + "/implementation/" + this.nongwei + "/measures")
				.with(signedInAs(this.reporter))
				.with(csrf())
				.param("version", "0")
				.param("taskId", String.valueOf(this.task))
				.param("text", "开展耕地质量提升行动")
				.param("division", "种植业管理处")
				.param("deliverable", "出台实施意见", "", "")
				.param("due", "2012-06", "", "")
				.param("recognition", "印发文件", "", ""))
			.andExpect(redirectedUrl("/plans/" + this.plan + "/implementation/" + this.nongwei))
			.andExpect(flash().attribute("done", "已保存具体措施。"));
		this.mvc
			.perform(post("/plans/" + this.plan + "/implementation/" + this.nongwei + "/measures")
				.with(signedInAs(this.reporter))
				.with(csrf())
				.param("version", "1")
				.param("taskId", String.valueOf(this.task))
				.param("text", "规划期外")
				.param("deliverable", "节点")
				.param("due", "2020"))
			.andExpect(flash().attribute("problem", containsString("不在规划期")));
		this.mvc.perform(get("/plans/" + this.plan + "/implementation/" + this.nongwei).with(signedInAs(this.reporter)))
			.andExpect(content().string(containsString("开展耕地质量提升行动")))
			.andExpect(content().string(containsString("种植业管理处")))
			.andExpect(content().string(not(containsString("规划期外"))));

		this.mvc.perform(get("/plans/" + this.plan + "/filings").with(signedInAs(this.reporter)))
			.andExpect(status().isForbidden());
		this.mvc.perform(get("/plans/" + this.plan + "/filings").with(signedInAs(SecurityFixtures.office())))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("省国土资源厅")))
			.andExpect(content().string(containsString("未编写")))
			.andExpect(content().string(containsString("尚无任何单位报备措施的任务")));
		this.mvc.perform(get("/tasks/" + this.task + "/measures").with(signedInAs(this.reporter)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("尚无单位为本任务报备具体措施")));
	}

}
