package org.luoshi.web;

import org.junit.jupiter.api.Test;
import org.luoshi.testing.Browser;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/** The home page in a real browser, on the application started with the demo data. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "luoshi.demo.enabled=true")
class HomeBrowserTests {

	@LocalServerPort
	int port;

	@Test
	void showsTheSeedPlanWithItsChaptersAndTaskCounts() {
		try (Browser browser = Browser.open("http://localhost:" + port)) {
			browser.signIn("leader", "luoshi-demo").go("/");
			assertThat(browser.text()).contains("吉林省国民经济和社会发展第十二个五年规划纲要").contains("约束性指标").contains("146");
			browser.screenshot("home");
		}
	}

}
