package org.luoshi.indicator.web;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.luoshi.testing.Browser;
import org.openqa.selenium.JavascriptExecutor;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The indicator dashboard in a real browser: the office completes 森林覆盖率's baseline,
 * enters the 2011 figure, and sees the status and the trend chart change.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "luoshi.demo.enabled=true")
class IndicatorBrowserTests {

	@LocalServerPort
	int port;

	@Test
	void enteringA2011FigureForForestCoverChangesItsStatusAndChart() {
		try (Browser browser = Browser.open("http://localhost:" + port)) {
			browser.signIn("office", "luoshi-demo").go("/plans/1/indicators");
			browser.driver().findElement(org.openqa.selenium.By.linkText("森林覆盖率")).click();
			browser.waitForText("森林覆盖率：目标线、预期路径和实际值");
			String before = browser.find("#selected-status").getText();

			browser.type("#baselineYear", "2010").type("#baselineValue", "43.0").click("#baseline-form button");
			browser.waitForText("基期：2010 年");
			assertThat(browser.find("#selected-status").getText()).isEqualTo("暂无数据");
			assertThat(actualSeries(browser)).contains(43.0).doesNotContain(43.3);

			browser.type("#year", "2011")
				.type("#value", "43.3")
				.type("#source", "2011年统计公报")
				.click("#value-form button");
			browser.waitForText("2011年统计公报");
			assertThat(browser.find("#selected-status").getText()).isEqualTo("进度正常").isNotEqualTo(before);
			assertThat(actualSeries(browser)).contains(43.3);
			((JavascriptExecutor) browser.driver())
				.executeScript("window.scrollTo(0, document.getElementById('trend').offsetTop - 120)");
			browser.screenshot("indicator-dashboard");

			// the browser refuses words in a number field before sending; the server
			// refuses them too (page tests)
			browser.type("#year", "2012").type("#value", "约43").click("#value-form button");
			assertThat(((JavascriptExecutor) browser.driver())
				.executeScript("return document.getElementById('value').validity.valid")).isEqualTo(false);
			assertThat(browser.text()).doesNotContain("2012年统计公报");
		}
	}

	@SuppressWarnings("unchecked")
	private static List<Double> actualSeries(Browser browser) {
		Object data = ((JavascriptExecutor) browser.driver()).executeScript("""
				const chart = echarts.getInstanceByDom(document.getElementById('trend'));
				return chart.getOption().series[2].data;
				""");
		return ((List<Object>) data).stream().map(v -> v == null ? null : ((Number) v).doubleValue()).toList();
	}

}
