package org.luoshi;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.luoshi.testing.HttpBrowser;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Starts the whole application on a throw-away in-memory database without demo data, so
 * with only the planning office's first user and the password the console showed for it,
 * and asks it for what a visitor, a signed-in user and an operator would open.
 */
// a context of its own: the first password is printed by the start that enters it
// the old option that took the first password from the command line is ignored, and
// said to be
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT,
		properties = { "spring.application.name=luoshi-first-start",
				"luoshi.security.first-office-password=from-the-command-line" })
@ExtendWith(OutputCaptureExtension.class)
class LuoshiApplicationTests {

	static final String PASSWORD = "the-office-chose-this-one";

	private static final Pattern FIRST_PASSWORD = Pattern.compile("password (\\S{20})");

	private static String printed;

	@LocalServerPort
	int port;

	HttpBrowser browser;

	@BeforeEach
	void signInAsTheFirstOfficeUser(CapturedOutput output) {
		if (printed == null) {
			Matcher shown = FIRST_PASSWORD.matcher(output.getOut());
			assertThat(shown.find()).as("the first password on the console").isTrue();
			printed = shown.group(1);
			assertThat(printed).isNotEqualTo("from-the-command-line");
			assertThat(output.getOut()).contains("luoshi.security.first-office-password is no longer read");
			this.browser = new HttpBrowser(this.port);
			// a generated password is changed before anything else
			assertThat(this.browser.signIn("office", printed).uri().getPath()).isEqualTo("/account/password");
			assertThat(this.browser.get("/").uri().getPath()).isEqualTo("/account/password");
			assertThat(this.browser
				.post("/account/password", "current=" + printed + "&password=" + PASSWORD + "&repeat=" + PASSWORD)
				.body()).contains("密码已修改");
		}
		this.browser = new HttpBrowser(this.port);
		assertThat(this.browser.signIn("office", PASSWORD).uri().getPath()).isEqualTo("/");
	}

	@Test
	void servesTheHomePageToTheSignedInUser() {
		HttpResponse<String> home = this.browser.get("/");
		assertThat(home.statusCode()).isEqualTo(200);
		assertThat(home.body()).contains("落实 Luoshi", "退出登录")
			.doesNotContain("class=\"demonstration\"")
			.containsPattern("/webjars/htmx\\.org/[\\d.]+/dist/htmx\\.min\\.js");
	}

	@Test
	void sendsAVisitorToTheSignInPage() throws Exception {
		HttpResponse<String> home = HttpClient.newHttpClient()
			.send(HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + "/"))
				.header("Accept", "text/html")
				.build(), HttpResponse.BodyHandlers.ofString());
		assertThat(home.statusCode()).isEqualTo(302);
		assertThat(home.headers().firstValue("Location")).hasValueSatisfying((to) -> assertThat(to).endsWith("/login"));
		assertThat(new HttpBrowser(this.port).get("/").body()).contains("name=\"password\"");
	}

	@Test
	void servesTheApiDescriptionAndSwaggerUiToSignedInUsersOnly() throws Exception {
		HttpClient stranger = HttpClient.newHttpClient();
		for (String path : new String[] { "/swagger-ui.html", "/v3/api-docs" }) {
			HttpResponse<String> refused = stranger.send(
					HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + path)).build(),
					HttpResponse.BodyHandlers.ofString());
			assertThat(refused.statusCode()).as(path).isEqualTo(302);
			assertThat(refused.headers().firstValue("Location"))
				.hasValueSatisfying((to) -> assertThat(to).endsWith("/login"));
		}
		HttpResponse<String> docs = this.browser.get("/v3/api-docs", "application/json");
		assertThat(docs.statusCode()).isEqualTo(200);
		assertThat(docs.body()).contains("Luoshi API", "\"scheme\":\"basic\"");
		assertThat(this.browser.get("/swagger-ui.html").statusCode()).isEqualTo(200);
	}

	@Test
	void marksTheSessionCookieSecureBehindAProxyThatEndsTls() throws Exception {
		HttpClient client = HttpClient.newHttpClient();
		HttpResponse<String> plain = client.send(
				HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + "/plans")).build(),
				HttpResponse.BodyHandlers.ofString());
		HttpResponse<String> forwarded = client
			.send(HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + "/plans"))
				.header("X-Forwarded-Proto", "https")
				.build(), HttpResponse.BodyHandlers.ofString());
		assertThat(plain.headers().allValues("Set-Cookie"))
			.anySatisfy((cookie) -> assertThat(cookie).startsWith("SESSION=")
				.containsIgnoringCase("HttpOnly")
				.doesNotContainIgnoringCase("Secure"));
		assertThat(forwarded.headers().allValues("Set-Cookie"))
			.anySatisfy((cookie) -> assertThat(cookie).startsWith("SESSION=")
				.containsIgnoringCase("HttpOnly")
				.containsIgnoringCase("Secure"));
	}

	@Test
	void sendsAContentSecurityPolicyThatAllowsOnlyOurScripts() {
		HttpResponse<String> home = this.browser.get("/");
		assertThat(home.headers().firstValue("Content-Security-Policy")).hasValueSatisfying(
				(policy) -> assertThat(policy).containsPattern("script-src 'self' 'nonce-[A-Za-z0-9+/=]{24}';")
					.contains("object-src 'none'", "frame-ancestors 'none'")
					.doesNotContain("unsafe-eval"));
	}

	@Test
	void exposesHealthAndNothingElse() {
		HttpResponse<String> health = this.browser.get("/actuator/health", "application/json");
		assertThat(health.statusCode()).isEqualTo(200);
		assertThat(health.body()).contains("UP");
		assertThat(this.browser.get("/actuator/env", "application/json").statusCode()).isEqualTo(404);
	}

	@Test
	void servesWebjarsWithoutVersionInThePath() {
		assertThat(this.browser.get("/webjars/htmx.org/dist/htmx.min.js", "*/*").statusCode()).isEqualTo(200);
		assertThat(this.browser.get("/webjars/echarts/dist/echarts.min.js", "*/*").statusCode()).isEqualTo(200);
	}

	@Test
	void showsTheLayoutErrorPageForAnUnknownPage() {
		HttpResponse<String> missing = this.browser.get("/no-such-page");
		assertThat(missing.statusCode()).isEqualTo(404);
		assertThat(missing.headers().firstValue("Content-Type"))
			.hasValueSatisfying((type) -> type.startsWith("text/html"));
		assertThat(missing.body()).contains("落实 Luoshi", "页面不存在").doesNotContain("Whitelabel");
	}

	@Test
	void answersAnUnknownApiPathWithAProblem() {
		HttpResponse<String> missing = this.browser.api("/api/no-such-thing", "office", PASSWORD);
		assertThat(missing.statusCode()).isEqualTo(404);
		assertThat(missing.headers().firstValue("Content-Type")).hasValue("application/problem+json");
		assertThat(missing.body()).contains("\"status\":404");
	}

	@Test
	void answersAnApiRequestWithoutCredentialsWithAProblemEvenWithASessionCookie() {
		HttpResponse<String> refused = this.browser.get("/api/organisations", "application/json");
		assertThat(refused.statusCode()).isEqualTo(401);
		assertThat(refused.headers().firstValue("WWW-Authenticate"))
			.hasValueSatisfying((challenge) -> assertThat(challenge).startsWith("Bearer").doesNotContain("Basic"));
		assertThat(refused.headers().firstValue("Content-Type")).hasValue("application/problem+json");
	}

}
