package org.luoshi.plan.web;

import java.nio.file.Path;
import java.time.Duration;

import org.junit.jupiter.api.Test;
import org.luoshi.testing.Browser;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The planning office's first day in a real browser: the demo directory and logins but an
 * empty register; the seed notice is imported through the upload page, confirmed, and its
 * tasks found on the plan overview. Screenshots of every page go to target/screenshots.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "luoshi.demo.enabled=true", "luoshi.demo.plan=false" })
class ImportBrowserTests {

	private static final Path SEED = Path.of("src/main/resources/demo/jilin-12th-fyp-division-notice.txt");

	@LocalServerPort
	int port;

	@Test
	void theOfficeImportsTheSeedNoticeAndFindsTask211LedByTheDevelopmentCommission() {
		try (Browser browser = Browser.open("http://localhost:" + this.port)) {
			browser.signIn("office", "luoshi-demo").click("nav a[href='/imports/new']").waitForText("导入分工通知");
			browser.screenshot("import-upload");

			browser.find("#file").sendKeys(SEED.toAbsolutePath().toString());
			browser.click("#upload button[type=submit]").waitForText("核对导入内容");
			assertThat(browser.text()).contains("吉林省国民经济和社会发展第十二个五年规划纲要", "新规划", "13 个部分、53 个小节、146 项任务",
					"（二） 促进率先实现农业现代化");
			browser.screenshot("import-draft");

			browser.click("button.confirm").waitForText("已导入，共 146 项任务。");
			assertThat(browser.path()).startsWith("/plans/");
			browser.screenshot("plan-overview");

			// a folded chapter fetches its tasks when opened
			browser.click("#results details.chapter:nth-of-type(2) > summary").waitForText("积极实施增产百亿斤");

			// typed words narrow the results in place: htmx, no form sent
			browser.type("#q", "增产百亿斤").waitForText("找到 1 项任务");
			WebElement row = browser.find("#results table.tasks tbody tr");
			assertThat(row.findElement(By.cssSelector("td.code")).getText()).isEqualTo("2.1.1");
			assertThat(row.findElement(By.cssSelector("td.lead")).getText()).isEqualTo("省发展改革委");
			assertThat(browser.driver().getCurrentUrl()).contains("q=");
			browser.screenshot("plan-overview-search");

			row.findElement(By.cssSelector("td.code a")).click();
			browser.waitForText("任务 2.1.1");
			assertThat(browser.text()).contains("列第一位者为牵头部门", "分工通知第 50 行", "更正（规划办）");
			assertThat(browser.find("table.organisations tbody tr").getText()).startsWith("省发展改革委").contains("牵头");
			browser.screenshot("task");

			browser.click("nav a[href$='/matrix']").waitForText("责任矩阵");
			new WebDriverWait(browser.driver(), Duration.ofSeconds(10))
				.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#matrix canvas")));
			browser.screenshot("matrix");

			browser.click("nav a[href='/organisations']").waitForText("单位名录");
			browser.screenshot("directory");
			browser.type("#q", "发展改革委").click("form.filters button[type=submit]");
			// the search loads a new page: click in its results, not in the page before
			new WebDriverWait(browser.driver(), Duration.ofSeconds(10)).until(ExpectedConditions.urlContains("q="));
			browser.click("td a[href^='/organisations/']");
			browser.waitForText("维护（规划办）");
			browser.screenshot("organisation");
			browser.click("nav.actions a").waitForText("省发展改革委的任务");
			browser.screenshot("organisation-tasks");
		}
	}

	@Test
	void aLeaderCannotReachTheImportPageAndIsToldSoInTheLayout() {
		try (Browser browser = Browser.open("http://localhost:" + this.port)) {
			browser.signIn("leader", "luoshi-demo");
			assertThat(browser.all("nav a[href='/imports/new']")).isEmpty();
			browser.go("/imports/new").waitForText("无权访问");
			assertThat(browser.text()).contains("错误代码 403", "落实 Luoshi", "返回首页");
			browser.screenshot("forbidden");
			browser.go("/tasks/999999").waitForText("页面不存在");
			assertThat(browser.text()).contains("错误代码 404");
		}
	}

}
