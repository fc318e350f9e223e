package org.luoshi.plan.web;

import org.junit.jupiter.api.Test;
import org.luoshi.organisation.OrganisationDirectory;
import org.luoshi.plan.PlanRegister;
import org.luoshi.plan.TaskFilter;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;
import static org.hamcrest.Matchers.stringContainsInOrder;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.view;

/**
 * The pages the office and the departments read the register in — plan overview, task, an
 * organisation's tasks, the matrix — on the application with the demo data, signed in as
 * the demo users.
 */
@SpringBootTest(properties = "luoshi.demo.enabled=true")
@AutoConfigureMockMvc
class PlanPagesTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	UserDetailsService accounts;

	@Autowired
	PlanRegister register;

	@Autowired
	OrganisationDirectory directory;

	@Test
	void theOverviewFoldsEveryChapterAndFetchesItsTasksWhenOpened() throws Exception {
		this.mvc.perform(as("leader", get("/plans/{id}", planId())))
			.andExpect(status().isOk())
			.andExpect(view().name("plan/overview"))
			.andExpect(content().string(stringContainsInOrder("共 146 项任务", "<details class=\"chapter\"",
					"hx-get=\"/plans/" + planId() + "/chapters/2\"", "hx-trigger=\"toggle once\"", "促进率先实现农业现代化",
					"12 项", "href=\"/plans/" + planId() + "?chapter=2\"")))
			.andExpect(content().string(stringContainsInOrder("<option value=\"\">全部</option>", "省农委",
					"<option value=\"by-duty\">按职责分工</option>")))
			.andExpect(content().string(
					allOf(not(containsString(">2.1.1<")), containsString("/plans/" + planId() + "/division.xlsx"))));
		this.mvc.perform(as("leader", get("/plans/{id}/chapters/2", planId())).header("HX-Request", "true"))
			.andExpect(status().isOk())
			.andExpect(content().string(stringContainsInOrder("大力提高农业综合生产能力", ">2.1.1<", "积极实施增产百亿斤商品粮能力建设规划", "省发展改革委",
					"省农委", ">负责<", "省气象局", ">2.4.3<")));
		this.mvc.perform(as("leader", get("/plans/{id}/chapters/99", planId()))).andExpect(status().isNotFound());
	}

	@Test
	void theSearchNarrowsTheTreeToTheTasksFoundAndOpensIt() throws Exception {
		long agriculture = organisation("省农委");
		this.mvc
			.perform(as("nongwei", get("/plans/{id}", planId())).param("q", "增产百亿斤")
				.param("organisation", String.valueOf(agriculture))
				.param("role", "")
				.param("chapter", "2"))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("找到 1 项任务（共 146 项）"),
					containsString("<details class=\"chapter\" open=\"open\""), containsString(">2.1.1<"),
					not(containsString(">2.1.2<")), not(containsString("约束性指标</span>")))))
			.andExpect(content().string(containsString("value=\"增产百亿斤\"")));
		this.mvc
			.perform(as("nongwei", get("/plans/{id}", planId())).param("organisation", String.valueOf(agriculture))
				.param("role", "lead"))
			.andExpect(content().string(containsString("找到 8 项任务（共 146 项）")));
		this.mvc.perform(as("nongwei", get("/plans/{id}", planId())).param("q", "没有这样的任务"))
			.andExpect(content().string(containsString("没有符合条件的任务")));
	}

	@Test
	void htmxGetsTheResultsAloneAndABrowserRestoringHistoryTheWholePage() throws Exception {
		this.mvc.perform(as("leader", get("/plans/{id}", planId())).param("q", "森林覆盖率").header("HX-Request", "true"))
			.andExpect(status().isOk())
			.andExpect(header().string("Vary", containsString("HX-Request")))
			.andExpect(content().string(allOf(startsWith("<section id=\"results\""), containsString(">1.0.7<"),
					not(containsString("<html")))));
		this.mvc
			.perform(as("leader", get("/plans/{id}", planId())).header("HX-Request", "true")
				.header("HX-History-Restore-Request", "true"))
			.andExpect(content().string(containsString("<html")));
	}

	@Test
	void theTaskPageShowsTheWordsTheClauseAndTheNoticeLineItCameFrom() throws Exception {
		long task = taskId("2.1.1");
		this.mvc.perform(as("nongwei", get("/tasks/{id}", task)))
			.andExpect(status().isOk())
			.andExpect(content().string(stringContainsInOrder("任务 2.1.1", "促进率先实现农业现代化", "大力提高农业综合生产能力",
					"积极实施增产百亿斤商品粮能力建设规划", "列第一位者为牵头部门", "分工通知第 50 行", "<blockquote class=\"source\">积极实施增产百亿斤",
					"省发展改革委", ">牵头<", "省农委", ">负责<", "导入以来没有更正")))
			.andExpect(content().string(containsString("href=\"/organisations/" + organisation("省农委") + "/tasks\"")))
			.andExpect(content().string(not(containsString("更正（规划办）"))));
		this.mvc.perform(as("office", get("/tasks/{id}", task)))
			.andExpect(content().string(allOf(containsString("更正（规划办）"), containsString("name=\"_csrf\""),
					containsString("name=\"version\" value=\"0\""))));
	}

	@Test
	void anAddressThatNamesNothingIsAPageThatDoesNotExist() throws Exception {
		this.mvc.perform(as("leader", get("/tasks/999999"))).andExpect(status().isNotFound());
		this.mvc.perform(as("leader", get("/plans/999999"))).andExpect(status().isNotFound());
		this.mvc.perform(as("leader", get("/plans/999999/matrix"))).andExpect(status().isNotFound());
		this.mvc.perform(as("leader", get("/organisations/999999/tasks"))).andExpect(status().isNotFound());
	}

	@Test
	void anOrganisationsPageCountsWhatItLeadsSharesAndAnswersForByChapter() throws Exception {
		this.mvc.perform(as("leader", get("/organisations/{id}/tasks", organisation("省农委"))))
			.andExpect(status().isOk())
			.andExpect(content().string(stringContainsInOrder("省农委的任务", "任务合计", ">27<", "牵头", ">8<", "参与分担", ">19<",
					"促进率先实现农业现代化", "共 11 项：牵头 6、分担 5、按职责 0", ">2.1.1<")));
	}

	@Test
	void aCityGovernmentSeesTheTasksItAnswersForThroughTheCollectiveName() throws Exception {
		this.mvc.perform(as("leader", get("/organisations/{id}/tasks", organisation("长春市政府"))))
			.andExpect(status().isOk())
			.andExpect(content()
				.string(allOf(containsString("长春市政府的任务"), containsString("通过 各市（州）政府"), containsString("通过集合名称"))));
	}

	@Test
	void myTasksTakesAReporterOrApproverToTheirOrganisationAndOthersToTheDirectory() throws Exception {
		String mine = "/organisations/" + organisation("省农委") + "/tasks";
		this.mvc.perform(as("nongwei", get("/my/tasks"))).andExpect(redirectedUrl(mine));
		this.mvc.perform(as("nongwei-approver", get("/my/tasks"))).andExpect(redirectedUrl(mine));
		this.mvc.perform(as("leader", get("/my/tasks"))).andExpect(redirectedUrl("/organisations"));
		this.mvc.perform(as("nongwei", get(mine)))
			.andExpect(content().string(containsString("class=\"active\">我的任务</a>")));
	}

	@Test
	void theMatrixCarriesTheHeatmapDataAndTheSameFiguresAsATable() throws Exception {
		long agriculture = organisation("省农委");
		this.mvc.perform(as("leader", get("/plans/{id}/matrix", planId())))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("id=\"matrix\""), containsString("81 个单位 × 13 个部分"),
					containsString("organisationIds: ["), containsString("cells: [[0,0,3],"))))
			.andExpect(content().string(containsString(
					"href=\"/plans/" + planId() + "?organisation=" + agriculture + "&amp;chapter=2\">11</a>")));
		this.mvc.perform(as("leader", get("/matrix"))).andExpect(redirectedUrl("/plans/" + planId() + "/matrix"));
	}

	@Test
	void thePlanAndTheNavigationLeadWhereTheRoleMayGo() throws Exception {
		this.mvc.perform(as("leader", get("/plans"))).andExpect(redirectedUrl("/plans/" + planId()));
		this.mvc.perform(as("leader", get("/")))
			.andExpect(content()
				.string(allOf(containsString("href=\"/plans/" + planId() + "\""), containsString("href=\"/plans\""),
						containsString("href=\"/matrix\""), containsString("href=\"/organisations\""),
						not(containsString("href=\"/imports/new\"")), not(containsString("href=\"/my/tasks\"")))));
		this.mvc.perform(as("office", get("/")))
			.andExpect(content()
				.string(allOf(containsString("href=\"/imports/new\""), not(containsString("href=\"/my/tasks\"")))));
		this.mvc.perform(as("nongwei", get("/"))).andExpect(content().string(containsString("href=\"/my/tasks\"")));
	}

	@Test
	void thePagesSpeakEnglish() throws Exception {
		this.mvc.perform(as("leader", get("/plans/{id}", planId())).param("lang", "en"))
			.andExpect(content().string(containsString("146 tasks; open a chapter")));
		this.mvc.perform(as("leader", get("/plans/{id}", planId())).param("lang", "en").param("chapter", "2"))
			.andExpect(content().string(allOf(containsString("12 tasks found (of 146)"), containsString("Lead"))));
		this.mvc.perform(as("leader", get("/tasks/{id}", taskId("2.1.1"))).param("lang", "en"))
			.andExpect(content()
				.string(allOf(containsString("Task 2.1.1"), containsString("Line 50 of the division notice"))));
	}

	@Test
	void theDivisionTableDownloadsWithTheSessionOfThePage() throws Exception {
		this.mvc.perform(as("leader", get("/plans/{id}/division.xlsx", planId())))
			.andExpect(status().isOk())
			.andExpect(header().string("Content-Disposition", containsString("attachment")));
	}

	private MockHttpServletRequestBuilder as(String username, MockHttpServletRequestBuilder request) {
		return request.with(user(this.accounts.loadUserByUsername(username)));
	}

	private long planId() {
		return this.register.plans().get(0).id();
	}

	private long taskId(String code) {
		return this.register.tasks(planId(), TaskFilter.none(), 0, 1000)
			.items()
			.stream()
			.filter((task) -> task.code().equals(code))
			.findFirst()
			.orElseThrow()
			.id();
	}

	private long organisation(String name) {
		return this.directory.resolve(name).orElseThrow().id();
	}

}
