package org.luoshi.reporting;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;

/**
 * The reporting API as the end-to-end test drives it: real users signing in with HTTP
 * Basic, JSON in and out, versions carried from each answer's ETag to the next write.
 */
final class ReportingApi {

	static final JsonMapper json = JsonMapper.builder().build();

	private final MockMvc mvc;

	// the demo logins share the demo password; a user the test enters chooses its own
	private final java.util.Map<String, String> passwords = new java.util.concurrent.ConcurrentHashMap<>();

	ReportingApi(MockMvc mvc) {
		this.mvc = mvc;
	}

	/** Signs the user in with this password from now on. */
	void password(String user, String password) {
		this.passwords.put(user, password);
	}

	/** An answer: its status, its ETag (if any) and its body. */
	record Answer(int status, String etag, JsonNode body) {

		String refusal() {
			return this.body.get("refusal").asString();
		}

	}

	Answer get(String user, String path) throws Exception {
		return send(user, MockMvcRequestBuildersFor.get(path));
	}

	Answer put(String user, String path, String etag, String body) throws Exception {
		MockHttpServletRequestBuilder request = MockMvcRequestBuildersFor.put(path)
			.contentType(MediaType.APPLICATION_JSON)
			.content(body);
		if (etag != null) {
			request.header("If-Match", etag);
		}
		return send(user, request);
	}

	Answer post(String user, String path, String etag, String body) throws Exception {
		MockHttpServletRequestBuilder request = MockMvcRequestBuildersFor.post(path)
			.contentType(MediaType.APPLICATION_JSON)
			.content((body != null) ? body : "{}");
		if (etag != null) {
			request.header("If-Match", etag);
		}
		return send(user, request);
	}

	Answer submit(String user, long report, String etag, String key) throws Exception {
		MockHttpServletRequestBuilder request = MockMvcRequestBuildersFor.post("/api/reports/" + report + "/submit");
		if (etag != null) {
			request.header("If-Match", etag);
		}
		if (key != null) {
			request.header("Idempotency-Key", key);
		}
		return send(user, request);
	}

	/**
	 * Fills every entry of the report with a status and what was done, unless given for
	 * the task code; returns the ETag after the last save.
	 */
	String fillEverything(String user, long report, java.util.Map<String, String> done) throws Exception {
		Answer current = get(user, "/api/reports/" + report);
		String etag = current.etag();
		for (JsonNode entry : current.body().get("entries")) {
			String code = entry.get("code").asString();
			String text = done.getOrDefault(code, user + " 已推进任务 " + code);
			Answer saved = put(user, "/api/reports/" + report + "/entries/" + entry.get("taskId").asLong(), etag,
					"{\"status\": \"in-progress\", \"done\": \"" + text + "\"}");
			if (saved.status() != 200) {
				throw new IllegalStateException("entry " + code + " not saved: " + saved.body());
			}
			etag = saved.etag();
		}
		return etag;
	}

	private Answer send(String user, MockHttpServletRequestBuilder request) throws Exception {
		MvcResult result = this.mvc
			.perform(request.with(httpBasic(user, this.passwords.getOrDefault(user, ReportingEndToEndTests.PASSWORD)))
				.accept(MediaType.APPLICATION_JSON))
			.andReturn();
		String body = result.getResponse().getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
		return new Answer(result.getResponse().getStatus(), result.getResponse().getHeader("ETag"),
				body.isEmpty() ? json.createObjectNode() : json.readTree(body));
	}

	/** MockMvc's request builders, named apart from this class's own methods. */
	private static final class MockMvcRequestBuildersFor {

		static MockHttpServletRequestBuilder get(String path) {
			return org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get(path);
		}

		static MockHttpServletRequestBuilder put(String path) {
			return org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put(path);
		}

		static MockHttpServletRequestBuilder post(String path) {
			return org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post(path);
		}

	}

}
