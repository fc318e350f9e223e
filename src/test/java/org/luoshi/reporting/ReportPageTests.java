package org.luoshi.reporting;

import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.luoshi.security.Actor;
import org.luoshi.security.SecurityFixtures;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;

import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.luoshi.reporting.ReportingFixtures.as;
import static org.luoshi.reporting.ReportingFixtures.office;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The reporting pages for each role, in both languages: the to-do list, the report with
 * its autosave and review actions, the consolidation, the comparison of versions, the
 * cycles and the office's dashboard with its polled table.
 */
@SpringBootTest(properties = "luoshi.demo.enabled=true")
@AutoConfigureMockMvc
@Import(ReportingTestConfiguration.class)
class ReportPageTests {

	@Autowired
	ReportingStage stage;

	@Autowired
	MockMvc mvc;

	@Autowired
	Cycles cycles;

	@Autowired
	CycleProgress progress;

	@Autowired
	Reports reports;

	@Autowired
	ReportDrafts drafts;

	@Autowired
	ReportWorkflow workflow;

	@Autowired
	JdbcClient jdbc;

	long cycle;

	long report;

	long nongwei;

	Actor reporter;

	@BeforeEach
	void openTheCycle() {
		this.stage.afresh();
		this.nongwei = this.stage.organisation("省农委");
		this.reporter = SecurityFixtures.reporterOf(this.nongwei);
		this.cycle = this.stage.open2011().id();
		this.report = this.stage.reportOf(this.cycle, this.nongwei);
	}

	@Test
	void theToDoListShowsTheTimeLeftAndWhatIsMissingInBothLanguages() throws Exception {
		this.mvc.perform(get("/reports").with(SecurityFixtures.signedInAs(this.reporter)))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("2011 年度进展情况报告 · 省农委"), containsString("还剩 81 天 14 小时"),
					containsString("还有 54 项未完成"), containsString("任务 2.1.1：未选择进展状态"))));
		this.mvc.perform(get("/reports").param("lang", "en").with(SecurityFixtures.signedInAs(this.reporter)))
			.andExpect(content().string(allOf(containsString("Progress report 2011 · 省农委"),
					containsString("81 days 14 hours left"), containsString("Task 2.1.1: no progress status chosen"))));
	}

	@Test
	void theReportPageSavesAnEntryAsItIsTypedAndSaysSoWhenSomebodyElseSavedFirst() throws Exception {
		this.mvc.perform(get("/reports/{id}", this.report).with(SecurityFixtures.signedInAs(this.reporter)))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("hx-post=\"/reports/" + this.report + "/entries/"),
					containsString("id=\"submit-report\""), containsString("任务进展（27 项）"), containsString("牵头（汇总各单位情况）"),
					containsString("本单位填写的情况将报送牵头单位 省发展改革委 汇总。"))));
		long task = as(this.reporter, () -> this.reports.get(this.report)).entries().get(0).taskId();
		this.mvc
			.perform(post("/reports/{id}/entries/{t}", this.report, task).header("HX-Request", "true")
				.param("version", "0")
				.param("status", "completed")
				.param("done", "已完成")
				.with(csrf())
				.with(SecurityFixtures.signedInAs(this.reporter)))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("已保存（第 1 次"),
					containsString("id=\"report-version\" value=\"1\" hx-swap-oob=\"true\""))));
		this.mvc
			.perform(post("/reports/{id}/entries/{t}", this.report, task).header("HX-Request", "true")
				.param("version", "0")
				.param("done", "基于旧版本")
				.with(csrf())
				.with(SecurityFixtures.signedInAs(this.reporter)))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("已被他人修改"), not(containsString("hx-swap-oob")))));
	}

	@Test
	void eachReviewerSeesTheActionsOfItsStepAndTheOfficeReturnsWithAComment() throws Exception {
		Actor approver = SecurityFixtures.approverOf(this.nongwei);
		as(this.reporter, () -> {
			int version = ReportingFixtures.fillEverything(this.drafts, this.reports.get(this.report), "已完成");
			this.workflow.submit(this.report, version, "page-1");
		});
		this.mvc.perform(get("/reports/{id}", this.report).with(SecurityFixtures.signedInAs(approver)))
			.andExpect(content().string(allOf(containsString("id=\"approve\""), containsString("id=\"return\""),
					not(containsString("id=\"submit-report\"")), not(containsString("hx-post")))));
		this.mvc
			.perform(post("/reports/{id}/approve", this.report).param("version", "28")
				.with(csrf())
				.with(SecurityFixtures.signedInAs(approver)))
			.andExpect(redirectedUrl("/reports/" + this.report))
			.andExpect(flash().attribute("done", "报告已审核通过，已报规划办。"));
		this.mvc.perform(get("/reports/{id}", this.report).with(SecurityFixtures.signedInAs(SecurityFixtures.office())))
			.andExpect(content().string(allOf(containsString("id=\"receive\""), containsString("id=\"return-due\""))));
		this.mvc
			.perform(post("/reports/{id}/return", this.report).param("version", "29")
				.param("comment", "")
				.with(csrf())
				.with(SecurityFixtures.signedInAs(SecurityFixtures.office())))
			.andExpect(flash().attribute("problem", "退回报告须填写退回意见。"));
		this.mvc
			.perform(post("/reports/{id}/return", this.report).param("version", "29")
				.param("comment", "请补充数据")
				.with(csrf())
				.with(SecurityFixtures.signedInAs(SecurityFixtures.office())))
			.andExpect(flash().attribute("done", "报告已退回。"));
		this.mvc.perform(get("/reports/{id}", this.report).with(SecurityFixtures.signedInAs(this.reporter)))
			.andExpect(content().string(allOf(containsString("报告已被退回：请补充数据"), containsString(">查看</a>"),
					containsString("已审核 → 草稿"), containsString("请补充数据"))));
		this.mvc.perform(get("/reports/{id}/versions/1", this.report).with(SecurityFixtures.signedInAs(this.reporter)))
			.andExpect(status().isOk())
			.andExpect(content()
				.string(allOf(containsString("第 1 版报告"), containsString("首次报送的内容"), containsString("已完成 2.1.1"))));
	}

	@Test
	void aFileUploadedOnTheReportPageIsListedAndAFakeOneIsRefusedWithAMessage() throws Exception {
		byte[] png = { (byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', 0, 0, 0, 13 };
		this.mvc
			.perform(multipart("/reports/{id}/attachments", this.report)
				.file(new MockMultipartFile("file", "现场照片.png", "image/png", png))
				.param("version", "0")
				.with(csrf())
				.with(SecurityFixtures.signedInAs(this.reporter)))
			.andExpect(redirectedUrl("/reports/" + this.report + "#attachments"))
			.andExpect(flash().attribute("done", "已保存。"));
		this.mvc
			.perform(multipart("/reports/{id}/attachments", this.report)
				.file(new MockMultipartFile("file", "报表.xlsx", "application/octet-stream", "a,b\n1,2".getBytes()))
				.param("version", "1")
				.with(csrf())
				.with(SecurityFixtures.signedInAs(this.reporter)))
			.andExpect(flash().attribute("problem", org.hamcrest.Matchers.startsWith("附件“报表.xlsx”不是 PDF")));
		this.mvc.perform(get("/reports/{id}", this.report).with(SecurityFixtures.signedInAs(this.reporter)))
			.andExpect(content().string(allOf(containsString("现场照片.png"), not(containsString("报表.xlsx")))));
	}

	@Test
	void theLeadConsolidatesASharedTaskOnItsOwnPage() throws Exception {
		long task = this.jdbc.sql("select id from task where code = '2.2.1'").query(Long.class).single();
		this.mvc
			.perform(get("/reports/{id}/tasks/{t}", this.report, task).with(SecurityFixtures.signedInAs(this.reporter)))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("牵头单位汇总：任务 2.2.1"), containsString("尚未报送：省旅游局"),
					containsString("id=\"consolidation-form\""))));
		this.mvc
			.perform(post("/reports/{id}/tasks/{t}/consolidation", this.report, task).param("version", "0")
				.param("text", "汇总：示范点 30 个")
				.with(csrf())
				.with(SecurityFixtures.signedInAs(this.reporter)))
			.andExpect(redirectedUrl("/reports/" + this.report + "/tasks/" + task))
			.andExpect(flash().attribute("done", "已保存。"));
	}

	@Test
	void theOfficeFollowsTheCycleOnItsDashboardAndEscalates() throws Exception {
		this.mvc.perform(get("/cycles").with(SecurityFixtures.signedInAs(SecurityFixtures.office())))
			.andExpect(status().isOk())
			.andExpect(content().string(
					allOf(containsString("href=\"/cycles/" + this.cycle + "\""), containsString("id=\"open-cycle\""))));
		this.mvc.perform(get("/cycles/{id}", this.cycle).with(SecurityFixtures.signedInAs(SecurityFixtures.office())))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("hx-trigger=\"every 30s\""), containsString("截止前 30 天提醒"),
					containsString("尚未截止"), containsString("督办"))));
		this.mvc
			.perform(get("/cycles/{id}/table", this.cycle).param("lang", "en")
				.with(SecurityFixtures.signedInAs(SecurityFixtures.leader())))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("id=\"dashboard\""), containsString("Not yet due"),
					not(containsString("<html")), not(containsString("Escalate")))));
		// the timetable counts in English: one day, thirty days
		this.mvc
			.perform(get("/cycles/{id}", this.cycle).param("lang", "en")
				.with(SecurityFixtures.signedInAs(SecurityFixtures.office())))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("Reminder 30 days before the deadline"),
					containsString("Reminder 1 day before the deadline"), not(containsString("1 days")))));
		this.mvc
			.perform(post("/cycles/{id}/escalations", this.cycle).param("organisationId", String.valueOf(this.nongwei))
				.param("message", "请抓紧报送")
				.with(csrf())
				.with(SecurityFixtures.signedInAs(SecurityFixtures.office())))
			.andExpect(redirectedUrl("/cycles/" + this.cycle))
			.andExpect(flash().attribute("done", "已督办，向 2 个邮箱发出通知。"));
		this.mvc.perform(get("/cycles/{id}", this.cycle).with(SecurityFixtures.signedInAs(this.reporter)))
			.andExpect(status().isForbidden());
	}

	@Test
	void theOfficeOpensAQuarterOnTheCyclesPageAndItIsNamedInBothLanguages() throws Exception {
		long plan = this.stage.afresh();
		as(office(), () -> this.cycles.setSchedule(plan, 0, List.of(30, 7, 1), "Asia/Shanghai", "quarterly", null));

		this.mvc
			.perform(post("/cycles").param("planId", String.valueOf(plan))
				.param("year", "2012")
				.param("period", "")
				.with(csrf())
				.with(SecurityFixtures.signedInAs(SecurityFixtures.office())))
			.andExpect(redirectedUrl("/cycles"))
			.andExpect(flash().attribute("problem", "该规划每季度报送一次，开启报送时须选择报告期（半年或季度）。"));
		String opened = this.mvc
			.perform(post("/cycles").param("planId", String.valueOf(plan))
				.param("year", "2012")
				.param("period", "Q3")
				.with(csrf())
				.with(SecurityFixtures.signedInAs(SecurityFixtures.office())))
			.andReturn()
			.getResponse()
			.getRedirectedUrl();
		this.mvc.perform(get(opened).with(SecurityFixtures.signedInAs(SecurityFixtures.office())))
			.andExpect(content().string(containsString("2012 年第三季度进展情况报送")));
		this.mvc
			.perform(get("/cycles").param("lang", "en").with(SecurityFixtures.signedInAs(SecurityFixtures.leader())))
			.andExpect(content().string(containsString(">2012 Q3</a>")));
	}

}
