package org.luoshi;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import org.junit.jupiter.api.Test;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Starts the whole application on a throw-away in-memory database and asks it for what a
 * first visitor and an operator would open.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
class LuoshiApplicationTests {

	private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NORMAL).build();

	@LocalServerPort
	int port;

	@Test
	void servesTheHomePage() throws Exception {
		HttpResponse<String> home = get("/", "text/html");
		assertThat(home.statusCode()).isEqualTo(200);
		assertThat(home.body()).contains("落实 Luoshi")
			.containsPattern("/webjars/htmx\\.org/[\\d.]+/dist/htmx\\.min\\.js");
	}

	@Test
	void servesTheApiDescriptionAndSwaggerUi() throws Exception {
		HttpResponse<String> docs = get("/v3/api-docs", "application/json");
		assertThat(docs.statusCode()).isEqualTo(200);
		assertThat(docs.body()).contains("Luoshi API");
		assertThat(get("/swagger-ui.html", "text/html").statusCode()).isEqualTo(200);
	}

	@Test
	void exposesHealthAndNothingElse() throws Exception {
		HttpResponse<String> health = get("/actuator/health", "application/json");
		assertThat(health.statusCode()).isEqualTo(200);
		assertThat(health.body()).contains("UP");
		assertThat(get("/actuator/env", "application/json").statusCode()).isEqualTo(404);
	}

	@Test
	void servesWebjarsWithoutVersionInThePath() throws Exception {
		assertThat(get("/webjars/htmx.org/dist/htmx.min.js", "*/*").statusCode()).isEqualTo(200);
		assertThat(get("/webjars/echarts/dist/echarts.min.js", "*/*").statusCode()).isEqualTo(200);
	}

	@Test
	void showsTheLayoutErrorPageForAnUnknownPage() throws Exception {
		HttpResponse<String> missing = get("/no-such-page", "text/html");
		assertThat(missing.statusCode()).isEqualTo(404);
		assertThat(missing.headers().firstValue("Content-Type"))
			.hasValueSatisfying((type) -> type.startsWith("text/html"));
		assertThat(missing.body()).contains("落实 Luoshi", "页面不存在").doesNotContain("Whitelabel");
	}

	@Test
	void answersAnUnknownApiPathWithAProblem() throws Exception {
		HttpResponse<String> missing = get("/api/no-such-thing", "application/json");
		assertThat(missing.statusCode()).isEqualTo(404);
		assertThat(missing.headers().firstValue("Content-Type")).hasValue("application/problem+json");
		assertThat(missing.body()).contains("\"status\":404");
	}

	private HttpResponse<String> get(String path, String accept) throws IOException, InterruptedException {
		HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + path))
			.header("Accept", accept)
			.build();
		return this.http.send(request, HttpResponse.BodyHandlers.ofString());
	}

}
