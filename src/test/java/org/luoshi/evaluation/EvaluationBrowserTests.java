package org.luoshi.evaluation;

import java.time.Duration;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.luoshi.reporting.ReportingTestConfiguration;
import org.luoshi.testing.Browser;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;

import static org.assertj.core.api.Assertions.assertThat;
import static org.luoshi.evaluation.EvaluationFixtures.as;
import static org.luoshi.evaluation.EvaluationFixtures.office;

/**
 * The annual report in a real browser: the office generates the 2011 report (watching it
 * being generated), writes its overall section, freezes and publishes it; then a visitor
 * who never signs in opens the portal, the published report's figures and an indicator
 * page with its chart.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "luoshi.demo.enabled=true")
@Import(ReportingTestConfiguration.class)
class EvaluationBrowserTests {

	private static final String OVERALL = "2011年全省规划实施开局良好，主要指标总体符合进度要求。";

	@LocalServerPort
	int port;

	@Autowired
	ApplicationContext context;

	@Autowired
	AnnualReports annualReports;

	Year2011 year;

	@BeforeEach
	void seedTheYear() {
		this.year = Year2011.seeded(this.context);
	}

	@Test
	void theOfficeGeneratesWritesFreezesAndPublishesTheReport() {
		try (Browser browser = Browser.open("http://localhost:" + this.port)) {
			browser.signIn("office", "luoshi-demo").go("/evaluation");
			browser.waitForText("生成新稿");
			browser.screenshot("evaluation-years");
			browser.click("#year-2011 button.generate");
			browser.waitForText("主要指标完成情况");
			assertThat(browser.path()).startsWith("/evaluation/reports/");
			assertThat(browser.text()).contains("快于预期").contains("严重滞后").contains(Year2011.LAGGING_PROBLEM);
			browser.screenshot("evaluation-draft");

			browser.type("#overall", OVERALL);
			browser.click("#save-narrative");
			browser.waitForText("已保存。");
			assertThat(browser.text()).contains(OVERALL);

			browser.click("#freeze");
			browser.waitForText("已定稿，数字和文字不再改变。");
			assertThat(browser.find(".facts .state").getText()).isEqualTo("已定稿");
			assertThat(browser.all("#overall")).isEmpty();

			browser.click("#publish");
			browser.waitForText("已发布，公众可在门户网站查阅。");
			assertThat(browser.find(".facts .state").getText()).isEqualTo("已发布");
			browser.screenshot("evaluation-published");
		}
		AnnualReportSummary published = as(office(), () -> this.annualReports.ofPlan(this.year.plan, 2011)).get(0);
		assertThat(published.state()).isEqualTo(AnnualReportState.PUBLISHED);
		assertThat(as(office(), () -> this.annualReports.get(published.id())).narrative().overall()).isEqualTo(OVERALL);
	}

	@Test
	void aVisitorWhoNeverSignsInReadsThePortalAndAnIndicatorWithItsChart() {
		AnnualReportView draft = as(office(), () -> this.annualReports.generate(this.year.plan, 2011));
		as(office(), () -> this.annualReports.freeze(draft.id()));
		as(office(), () -> this.annualReports.publish(draft.id(), null));
		try (Browser browser = Browser.open("http://localhost:" + this.port)) {
			browser.go("/portal");
			browser.waitForText("2011年约束性指标完成情况");
			assertThat(browser.path()).isEqualTo("/portal");
			assertThat(browser.text()).contains("森林覆盖率").contains("快于预期").doesNotContain("退出");
			browser.screenshot("portal-home");

			browser.driver().findElement(By.linkText("森林覆盖率")).click();
			browser.waitForText("历年公开数值");
			new WebDriverWait(browser.driver(), Duration.ofSeconds(10))
				.until(ExpectedConditions.attributeToBe(By.id("trend"), "data-drawn", "true"));
			assertThat(browser.find("#path").getText()).contains("43.4").contains("44.2");
			browser.screenshot("portal-indicator");

			browser.go("/portal/reports/" + draft.id());
			browser.waitForText("一、总体情况");
			browser.screenshot("portal-report");
		}
	}

}
