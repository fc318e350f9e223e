package org.luoshi.evaluation;

import java.math.BigDecimal;
import java.time.Duration;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.luoshi.reporting.ReportingTestConfiguration;
import org.luoshi.testing.Browser;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.Import;

import static org.assertj.core.api.Assertions.assertThat;
import static org.luoshi.evaluation.EvaluationFixtures.as;
import static org.luoshi.evaluation.EvaluationFixtures.office;

/**
 * The responsibility assessment in a real browser: the office opens the year's ranking,
 * both charts drawn, recomputes and reads what changed, opens 白城's breakdown with the
 * veto that caps its grade, changes its quality mark and adjusts its score with a reason;
 * an adjustment without one is refused on the page.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "luoshi.demo.enabled=true")
@Import(ReportingTestConfiguration.class)
class AssessmentBrowserTests {

	@LocalServerPort
	int port;

	@Autowired
	ApplicationContext context;

	@Autowired
	Rubrics rubrics;

	@Autowired
	Assessments assessments;

	@Autowired
	AssessmentReview review;

	@Autowired
	org.springframework.jdbc.core.simple.JdbcClient jdbc;

	AssessmentYear year;

	@BeforeEach
	void seedAndScore() {
		this.year = AssessmentYear.seeded(this.context);
		as(office(), () -> {
			this.rubrics.save(this.year.plan, 2011, RubricGroup.DEPARTMENTS, null, AssessmentRubrics.departments());
			this.rubrics.save(this.year.plan, 2011, RubricGroup.CITIES, null, AssessmentRubrics.cities());
			this.assessments.compute(this.year.plan, 2011);
			this.review.mark(this.year.plan, 2011, this.year.baicheng, "quality", new BigDecimal("10"), "报告翔实");
		});
	}

	@AfterEach
	void leaveNoTrace() {
		if (this.year != null) {
			this.year.leaveNoTrace();
		}
		else {
			EvaluationFixtures.clearAssessments(this.jdbc);
		}
	}

	@Test
	void theOfficeReadsTheRankingWithItsChartsAndABreakdownAndAdjustsWithAReason() {
		String ranking = "/plans/" + this.year.plan + "/assessment/2011";
		try (Browser browser = Browser.open("http://localhost:" + this.port)) {
			browser.signIn("office", "luoshi-demo").go(ranking);
			browser.waitForText("2011年度责任考核");
			drawn(browser, "chart-departments");
			drawn(browser, "chart-cities");
			assertThat(browser.find("#ranking-departments").getText()).contains("省林业厅").contains("省环保厅");
			assertThat(browser.find("#score-" + this.year.baicheng).getText()).contains("80.00")
				.contains("基本完成")
				.contains("一票否决");
			assertThat(browser.find("#changes").getText()).contains("白城市政府");
			browser.screenshot("assessment-ranking");

			browser.click("#compute");
			browser.waitForText("已按当前数据重新计算。");
			assertThat(browser.find("#changes").getText()).contains("与上次计算相比，得分没有变化。");

			browser.driver().findElement(By.linkText("白城市政府")).click();
			browser.waitForText("考核得分明细");
			assertThat(browser.find("#capped").getText()).contains("基本完成").contains("完成");
			assertThat(browser.find("#line-ind").getText()).contains("耕地保有量").contains("未达标");
			assertThat(browser.find("#line-land .basis").getText()).contains("耕地保有量");
			browser.screenshot("assessment-breakdown");

			// the quality mark (the first criterion the office marks) from 10 down to 9:
			// 80 − 1 = 79
			browser.type("#mark-points", "9").type("#mark-reason", "报告个别数据有误");
			browser.click("#give-mark");
			browser.waitForText("已评定，并按当前数据重新计算。");
			assertThat(browser.find("#summary").getText()).contains("79.00");

			browser.click("#adjust");
			browser.waitForText("调整得分或评定分数须说明理由；未作任何修改。");
			browser.type("#points", "-2").type("#reason", "耕地占补平衡核查发现问题");
			browser.click("#adjust");
			browser.waitForText("已调整得分。");
			assertThat(browser.find("#adjustments").getText()).contains("耕地占补平衡核查发现问题");
			assertThat(browser.find("#summary").getText()).contains("77.00");
			browser.screenshot("assessment-adjusted");
		}
	}

	private static void drawn(Browser browser, String id) {
		new WebDriverWait(browser.driver(), Duration.ofSeconds(10))
			.until(ExpectedConditions.attributeToBe(By.id(id), "data-drawn", "true"));
	}

}
