package org.luoshi.plan.web;

import org.junit.jupiter.api.Test;
import org.luoshi.testing.Browser;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/** A department's reporter in a real browser, on the application with the demo data. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "luoshi.demo.enabled=true")
class MyTasksBrowserTests {

	@LocalServerPort
	int port;

	@Test
	void theAgricultureCommissionsReporterSeesItsTwentySevenTasksByChapter() {
		try (Browser browser = Browser.open("http://localhost:" + this.port)) {
			browser.signIn("nongwei", "luoshi-demo").click("nav a[href='/my/tasks']").waitForText("省农委的任务");
			assertThat(browser.find("dl.facts dd.big").getText()).isEqualTo("27");
			assertThat(browser.all("table.tasks tbody tr")).hasSize(27);
			assertThat(browser.text()).contains("促进率先实现农业现代化", "共 11 项：牵头 6、分担 5、按职责 0");
			assertThat(browser.all("nav a[href='/imports/new']")).isEmpty();
			browser.screenshot("my-tasks");
		}
	}

}
