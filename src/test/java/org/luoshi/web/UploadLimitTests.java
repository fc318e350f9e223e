package org.luoshi.web;

import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

import org.junit.jupiter.api.Test;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The one upload limit, against the running server: a file over
 * {@code luoshi.upload.max-size} (1 MB here, to keep the test light) is refused while it
 * arrives with a 413 problem on the API ({@code ImportPagesTests}: the import page states
 * the same limit).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "luoshi.demo.enabled=true", "luoshi.demo.plan=false", "luoshi.upload.max-size=1MB" })
class UploadLimitTests {

	@LocalServerPort
	int port;

	private final HttpClient http = HttpClient.newHttpClient();

	private String office() {
		return "Basic " + Base64.getEncoder().encodeToString("office:luoshi-demo".getBytes(StandardCharsets.UTF_8));
	}

	@Test
	void aFileOverTheLimitIsRefusedWith413() throws Exception {
		byte[] large = new byte[2 * 1024 * 1024];
		java.util.Arrays.fill(large, (byte) 'a');
		String boundary = "luoshi-boundary";
		ByteArrayOutputStream body = new ByteArrayOutputStream();
		body.write(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"big.txt\"\r\n"
				+ "Content-Type: text/plain\r\n\r\n")
			.getBytes(StandardCharsets.UTF_8));
		body.write(large);
		body.write(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
		HttpResponse<String> answer = this.http
			.send(HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + "/api/imports"))
				.header("Authorization", office())
				.header("Content-Type", "multipart/form-data; boundary=" + boundary)
				.POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray()))
				.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
		assertThat(answer.statusCode()).isEqualTo(413);
		assertThat(answer.headers().firstValue("Content-Type"))
			.hasValueSatisfying((type) -> assertThat(type).startsWith("application/problem+json"));
	}

}
