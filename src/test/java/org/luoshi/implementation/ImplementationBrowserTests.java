package org.luoshi.implementation;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.luoshi.testing.Browser;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Implementation plans in a real browser: 省农委's reporter writes a measure with a
 * milestone, its approver approves and files it; the office reads the filing list (省农委
 * filed, everyone else missing), sets the deadline and reminds the missing; a task's page
 * shows the measure filed for it. Screenshots in target/screenshots.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "luoshi.demo.enabled=true")
class ImplementationBrowserTests {

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	long plan;

	long nongwei;

	long task;

	@BeforeEach
	void seed() {
		ImplementationFixtures.clear(this.jdbc);
		this.plan = ImplementationFixtures.plan(this.jdbc);
		this.nongwei = ImplementationFixtures.organisation(this.jdbc, "省农委");
		this.task = ImplementationFixtures.tasksOf(this.jdbc, this.nongwei).get(0);
	}

	@AfterEach
	void leaveNoTrace() {
		ImplementationFixtures.clear(this.jdbc);
	}

	@Test
	void aPlanIsWrittenFiledAndSeenOnTheFilingListAndTheTaskPage() {
		String base = "http://localhost:" + this.port;
		try (Browser reporter = Browser.open(base)) {
			reporter.signIn("nongwei", "luoshi-demo").click("nav a[href='/implementation']");
			reporter.waitForText("尚未编写实施方案");
			assertThat(reporter.path()).isEqualTo("/plans/" + this.plan + "/implementation/" + this.nongwei);
			reporter.click("#task-" + this.task + " details summary");
			reporter.type("#text-" + this.task, "实施高标准农田建设工程，新建高标准农田")
				.type("#division-" + this.task, "农田建设处")
				.type("#deliverable-" + this.task + "-1", "完成年度建设任务")
				.type("#due-" + this.task + "-1", "2012-Q4");
			reporter.click("#add-" + this.task);
			reporter.waitForText("已保存具体措施。");
			assertThat(reporter.find("#task-" + this.task).getText()).contains("农田建设处")
				.contains("完成年度建设任务")
				.contains("2012-12-31");
			reporter.screenshot("implementation-plan-draft");
		}
		try (Browser approver = Browser.open(base)) {
			approver.signIn("nongwei-approver", "luoshi-demo")
				.go("/plans/" + this.plan + "/implementation/" + this.nongwei);
			approver.click("#approve");
			approver.waitForText("实施方案已审核通过");
			approver.click("#file");
			approver.waitForText("实施方案已报备规划办。");
			assertThat(approver.find("#state-badge").getText()).isEqualTo("已报备");
		}
		try (Browser office = Browser.open(base)) {
			office.signIn("office", "luoshi-demo").click("nav a[href='/implementation']");
			office.waitForText("实施方案报备情况");
			assertThat(office.find("#filing-summary").getText()).startsWith("已报备 1 个单位");
			assertThat(office.find("tr.filed").getText()).contains("省农委").contains("已报备第 1 版");
			assertThat(office.all("tr.missing")).isNotEmpty();
			office.type("#deadline", "06/30/2012");
			office.click("#set-deadline");
			office.waitForText("已设定报备期限。");
			assertThat(office.find("tr.missing").getText()).contains("逾期");
			office.click("#remind-all");
			office.waitForText("个单位。");
			assertThat(office.all("#unplanned li a")).extracting(org.openqa.selenium.WebElement::getText)
				.isNotEmpty()
				.doesNotContain(ImplementationFixtures.code(this.jdbc, this.task));
			office.screenshot("implementation-filings");

			office.go("/tasks/" + this.task);
			office.waitForText("各单位实施方案措施");
			office.waitForText("实施高标准农田建设工程");
			assertThat(office.find("#task-measures").getText()).contains("省农委").contains("完成年度建设任务");
			office.screenshot("implementation-task-measures");
		}
	}

}
