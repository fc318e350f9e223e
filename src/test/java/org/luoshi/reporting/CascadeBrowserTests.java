package org.luoshi.reporting;

import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.luoshi.organisation.OrganisationDirectory;
import org.luoshi.plan.NoticeImports;
import org.luoshi.plan.TaskLinkView;
import org.luoshi.plan.TaskLinks;
import org.luoshi.security.Actor;
import org.luoshi.security.SecurityFixtures;
import org.luoshi.testing.Browser;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.annotation.DirtiesContext;

import static org.assertj.core.api.Assertions.assertThat;
import static org.luoshi.reporting.ReportingFixtures.as;
import static org.luoshi.reporting.ReportingFixtures.office;

/**
 * A task's cascade in a real browser: Tonghua's division notice stands under the seed
 * plan, its transport bureau's task carries down the province's 7.1.1 and has reported on
 * it; the office opens the provincial task, whose page loads where the task went, then
 * the city's task and the city plan's links. Screenshots saved for review.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "luoshi.demo.enabled=true")
@Import(ReportingTestConfiguration.class)
@DirtiesContext
class CascadeBrowserTests {

	@LocalServerPort
	int port;

	@Autowired
	ReportingStage stage;

	@Autowired
	NoticeImports imports;

	@Autowired
	OrganisationDirectory directory;

	@Autowired
	TaskLinks links;

	@Autowired
	Cycles cycles;

	@Autowired
	Reports reports;

	@Autowired
	ReportDrafts drafts;

	@Autowired
	ReportWorkflow workflow;

	@Autowired
	JdbcClient jdbc;

	long city;

	long provincialTask;

	long cityTask;

	@BeforeEach
	void theCityCarriesTheRoadsDownAndReports() {
		long seed = this.stage.afresh();
		this.city = PlansAcrossLevelsContract.importTheCityNotice(this.imports, this.directory, seed);
		this.provincialTask = task(seed, "7.1.1");
		this.cityTask = task(this.city, "4.0.1");
		TaskLinkView proposal = this.links.up(this.cityTask).get(0);
		as(office(), () -> this.links.confirm(proposal.id(), proposal.version(), "office"));
		long bureau = this.stage.organisation("通化市交通运输局");
		CycleView cycle = as(office(),
				() -> this.cycles.open(this.city, new CycleOpening(2011, null, List.of(bureau))));
		long report = this.stage.reportOf(cycle.id(), bureau);
		Actor reporter = SecurityFixtures.reporterOf(bureau);
		int version = as(reporter,
				() -> ReportingFixtures.fillEverything(this.drafts, this.reports.get(report), "通化至丹东高速公路通化段开工建设"));
		as(reporter, () -> this.workflow.submit(report, version, "browser-1"));
	}

	@Test
	void theOfficeSeesWhereTheProvincialTaskWentAndWhatTheCityReported() {
		try (Browser browser = Browser.open("http://localhost:" + this.port)) {
			browser.signIn("office", "luoshi-demo").go("/tasks/" + this.provincialTask);
			// loaded by htmx once the page is there (the office's forms name the bureau
			// already)
			browser.waitForText("通化至丹东高速公路通化段开工建设");
			assertThat(browser.find(".carried-down").getText()).contains("落实到下级")
				.contains(PlansAcrossLevelsContract.CITY_PLAN)
				.contains("4.0.1")
				.contains("已确认")
				.contains("推进中")
				.contains("通化至丹东高速公路通化段开工建设");
			scrollTo(browser, ".carried-down");
			browser.screenshot("cascade-provincial-task");

			browser.click(".carried-down .cascade-row td:nth-child(2) a");
			browser.waitForText("承接上级任务");
			assertThat(browser.find(".links-up").getText()).contains("7.1.1").contains("构建高效、安全、便捷的公路运输网");
			scrollTo(browser, ".links-up");
			browser.screenshot("cascade-city-task");

			browser.go("/plans/" + this.city + "/links");
			browser.waitForText("任务承接关系");
			assertThat(browser.text()).contains("2.1.3").contains("待确认");
			browser.screenshot("cascade-city-links");
		}
	}

	private static void scrollTo(Browser browser, String css) {
		((org.openqa.selenium.JavascriptExecutor) browser.driver()).executeScript("arguments[0].scrollIntoView()",
				browser.find(css));
	}

	private long task(long plan, String code) {
		return this.jdbc.sql("select id from task where plan_id = :p and code = :c and removed = false")
			.param("p", plan)
			.param("c", code)
			.query(Long.class)
			.single();
	}

}
