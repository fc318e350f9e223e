package org.luoshi.reporting;

import java.time.Duration;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.luoshi.security.Actor;
import org.luoshi.testing.Browser;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.luoshi.reporting.ReportingFixtures.as;
import static org.luoshi.reporting.ReportingFixtures.office;

/**
 * The reporter's path in a real browser: 省农委's reporter signs in, finds the report on the
 * to-do list with what it still lacks, writes the last entry (saved as it is typed) and
 * submits; and is refused another organisation's report with the 403 page.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "luoshi.demo.enabled=true")
@Import(ReportingTestConfiguration.class)
class ReportingBrowserTests {

	@LocalServerPort
	int port;

	@Autowired
	ReportingStage stage;

	@Autowired
	CycleProgress progress;

	@Autowired
	Reports reports;

	@Autowired
	ReportDrafts drafts;

	@Autowired
	JdbcClient jdbc;

	long report;

	long otherReport;

	EntryView last;

	@BeforeEach
	void openTheCycleWithAllButOneEntryWritten() {
		this.stage.afresh();
		long nongwei = this.stage.organisation("省农委");
		long tourism = this.stage.organisation("省旅游局");
		CycleView cycle = this.stage.open2011(nongwei, tourism);
		this.report = this.stage.reportOf(cycle.id(), nongwei);
		this.otherReport = this.stage.reportOf(cycle.id(), tourism);
		Actor reporter = ReportingFixtures.reporter("nongwei", nongwei);
		as(reporter, () -> {
			ReportView view = this.reports.get(this.report);
			int version = view.version();
			for (EntryView entry : view.entries().subList(0, view.entries().size() - 1)) {
				version = this.drafts
					.saveEntry(this.report, entry.taskId(), version,
							new EntryChange("completed", "已按计划完成 " + entry.code(), null, null, null))
					.version();
			}
			this.last = view.entries().get(view.entries().size() - 1);
		});
	}

	@Test
	void theReporterSignsInWritesTheLastEntryAndSubmits() {
		try (Browser browser = Browser.open("http://localhost:" + this.port)) {
			browser.signIn("nongwei", "luoshi-demo").go("/reports");
			assertThat(browser.text()).contains("2011 年度进展情况报告 · 省农委")
				.contains("还剩 81 天")
				.contains("还有 2 项未完成")
				.contains("任务 " + this.last.code() + "：未选择进展状态");
			browser.screenshot("reporting-todo");

			browser.click("#report-" + this.report + " h2 a");
			browser.waitForText("任务进展（27 项）");
			String entry = "#task-" + this.last.taskId();
			new Select(browser.find(entry + " select")).selectByValue("in-progress");
			browser.type(entry + " textarea[name=done]", "完成土地流转示范 12 万亩，培育家庭农场 300 家。");
			browser.waitForText("已保存（第 1 次");
			new WebDriverWait(browser.driver(), Duration.ofSeconds(10))
				.until(ExpectedConditions.elementToBeClickable(By.id("submit-report")));
			browser.screenshot("reporting-report-autosaved");

			browser.click("#submit-report");
			browser.waitForText("报告已报送，待本单位审核。");
			assertThat(browser.find(".facts .state").getText()).isEqualTo("已报送");
			assertThat(browser.text()).contains("完成土地流转示范 12 万亩，培育家庭农场 300 家。");
			browser.screenshot("reporting-report-submitted");
		}
		ReportView submitted = as(office(), () -> this.reports.get(this.report));
		assertThat(submitted.state()).isEqualTo(ReportState.SUBMITTED);
		assertThat(submitted.entries()).filteredOn((e) -> e.taskId() == this.last.taskId())
			.extracting(EntryView::status, EntryView::done)
			.containsExactly(
					org.assertj.core.groups.Tuple.tuple(EntryStatus.IN_PROGRESS, "完成土地流转示范 12 万亩，培育家庭农场 300 家。"));
	}

	@Test
	void theReporterIsRefusedAnotherOrganisationsReportWithTheForbiddenPage() {
		try (Browser browser = Browser.open("http://localhost:" + this.port)) {
			browser.signIn("nongwei", "luoshi-demo").go("/reports/" + this.otherReport);
			assertThat(browser.text()).contains("无权访问").contains("错误代码 403").doesNotContain("省旅游局");
			assertThat(browser.find(".masthead .brand").getText()).isNotBlank();
			browser.screenshot("reporting-forbidden");
		}
	}

}
