package org.luoshi.indicator.web;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.luoshi.testing.Browser;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The decomposition page in a real browser: from the dashboard the office (drafting for
 * 省国土资源厅, which has no user here) opens the split of 耕地保有量, types the nine city targets
 * and sees the check follow as it types — 4.8 万公顷 short, then exact — then submits,
 * approves and issues it, and finds every step in the history.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "luoshi.demo.enabled=true")
class DecompositionBrowserTests {

	@LocalServerPort
	int port;

	@Test
	void theOfficeSplitsCultivatedLandAmongTheNineCitiesWithTheCheckFollowingItsTyping() {
		try (Browser browser = Browser.open("http://localhost:" + port)) {
			browser.signIn("office", "luoshi-demo").go("/plans/1/indicators");
			browser.driver()
				.findElement(By.xpath("//tr[td/a[text()='耕地保有量']]//a[contains(@class, 'decompose')]"))
				.click();
			browser.waitForText("指标分解：耕地保有量").waitForText("尚未分解");
			browser.click("#start-form button").waitForText("已起草分解方案");

			List<WebElement> targets = browser.all("input.figure");
			assertThat(targets).hasSize(9);
			String[] land = { "123.8", "84.3", "98.1", "22.4", "27.5", "10.3", "91.7", "64.9", "25.2" };
			for (int i = 0; i < land.length; i++) {
				targets.get(i).sendKeys(land[i]);
			}
			browser.waitForText("合计 548.2 万公顷，比全省目标少 4.8 万公顷。").waitForText("按当前输入核对，尚未保存。");
			((JavascriptExecutor) browser.driver())
				.executeScript("window.scrollTo(0, document.querySelector('.facts').offsetTop - 10)");
			browser.screenshot("decomposition");

			browser.type("input.figure", "128.6").waitForText("合计 553 万公顷，与全省目标相等。");
			browser.click("#submit-split").waitForText("已报送，等待规划办审核。");
			assertThat(browser.find("#split-state").getText()).isEqualTo("已报送");
			browser.click("#approve-form button").waitForText("已审核通过，等待下达。");
			browser.click("#issue-form button").waitForText("已下达各市（州）。");
			assertThat(browser.find("#split-state").getText()).isEqualTo("已下达");
			assertThat(browser.find("#history").getText()).contains("起草", "报送", "审核通过", "下达", "office");
			assertThat(browser.all("input.figure")).isEmpty();
		}
	}

}
