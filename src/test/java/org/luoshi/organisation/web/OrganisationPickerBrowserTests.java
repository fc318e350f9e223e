package org.luoshi.organisation.web;

import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.luoshi.testing.Browser;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The organisation picker in a real browser, on the office's form for a new user: typing
 * part of a name offers the organisations that bear it, a choice stays checked while the
 * user searches again, and the form sends the one chosen.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "luoshi.demo.enabled=true")
class OrganisationPickerBrowserTests {

	private static final String CHOICES = "#organisationId-choices label.picker-choice";

	@LocalServerPort
	int port;

	@Test
	void theOfficeFindsTheOrganisationOfANewUserByPartOfItsName() {
		String username = "picker" + System.nanoTime() % 1_000_000;
		try (Browser browser = Browser.open("http://localhost:" + this.port)) {
			browser.signIn("office", "luoshi-demo").go("/admin/users").waitForText("新增用户");

			browser.type("#organisationId", "统计");
			WebElement statistics = waitForChoice(browser, "省统计局");
			statistics.findElement(By.tagName("input")).click();

			browser.type("#organisationId", "农委");
			waitForChoice(browser, "省农委");
			List<WebElement> offered = browser.all(CHOICES);
			assertThat(offered.get(0).getText()).isEqualTo("省统计局");
			assertThat(offered.get(0).findElement(By.tagName("input")).isSelected()).isTrue();
			browser.screenshot("organisation-picker");

			browser.type("#username", username).type("#displayName", "选择框测试").type("#password", "picker-test-2026");
			new Select(browser.find("#role")).selectByValue("reporter");
			browser.click("form[action='/admin/users'][method='post'] button[type=submit]")
				.waitForText("已新增用户 " + username);
			WebElement row = browser.driver().findElement(By.xpath("//tr[td[normalize-space()='" + username + "']]"));
			assertThat(row.getText()).contains("省统计局");
		}
	}

	// waits for the answers to the text typed to show the organisation, and returns it
	private static WebElement waitForChoice(Browser browser, String name) {
		return new WebDriverWait(browser.driver(), Duration.ofSeconds(10))
			.ignoring(org.openqa.selenium.StaleElementReferenceException.class)
			.until((driver) -> browser.all(CHOICES)
				.stream()
				.filter((choice) -> choice.getText().strip().equals(name))
				.findFirst()
				.orElse(null));
	}

}
