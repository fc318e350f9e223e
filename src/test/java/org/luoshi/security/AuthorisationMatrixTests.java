package org.luoshi.security;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.boot.webmvc.test.autoconfigure.MockMvcPrint;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.AbstractMockHttpServletRequestBuilder;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.request;

/**
 * Who may call what, for every endpoint the application has: the list is read from the
 * application's own request mappings (pages and {@code /api}), and every endpoint is
 * called as every role — a visitor, the reporter and the approver of 省农委, a leader, the
 * planning office — with the ids of things that belong to another organisation (省国土资源厅).
 * Each answer is one of
 * <ul>
 * <li>{@code A} answered (2xx, or a redirect other than to sign in),</li>
 * <li>{@code D} denied (401, 403, 404, or a visitor sent to sign in) — and then the body
 * names nothing of the other organisation,</li>
 * <li>{@code V} refused for its input or the state of things (400, 405, 409, 412, 415,
 * 422, 428: the empty body this test sends),</li>
 * </ul>
 * and must be what {@code security/authorisation-matrix.tsv} says, reviewed by hand. An
 * endpoint without a line there (a new one) fails the test, as does a line for an
 * endpoint that is gone, and any 5xx. {@code -Dluoshi.matrix.record=true} writes what the
 * application answers now to {@code target/authorisation-matrix.tsv}, for review.
 */
@SpringBootTest(properties = { "luoshi.demo.enabled=true", "luoshi.demo.cycle=true", "luoshi.demo.figures=true",
		"spring.application.name=luoshi-authorisation-matrix" })
@AutoConfigureMockMvc(printOnlyOnFailure = false, print = MockMvcPrint.NONE)
class AuthorisationMatrixTests {

	private static final List<String> ROLES = List.of("visitor", "nongwei", "nongwei-approver", "leader", "office");

	private static final String OTHER = "省国土资源厅";

	private static final Pattern VARIABLE = Pattern.compile("\\{([^}:]+)(:[^}]*)?}");

	@Autowired
	MockMvc mvc;

	@Autowired
	@Qualifier("requestMappingHandlerMapping")
	RequestMappingHandlerMapping mappings;

	@Autowired
	UserDetailsService accounts;

	@Autowired
	JdbcClient jdbc;

	@Test
	void answersEveryEndpointAsTheMatrixSaysForEveryRole() throws Exception {
		Map<String, String> expected = expected();
		Set<String> endpoints = endpoints();
		Map<String, String> values = values();

		Map<String, String> answered = new TreeMap<>();
		List<String> wrong = new ArrayList<>();
		for (String endpoint : endpoints) {
			String method = endpoint.substring(0, endpoint.indexOf(' '));
			String path = fill(endpoint.substring(endpoint.indexOf(' ') + 1), values);
			StringBuilder codes = new StringBuilder();
			for (String role : ROLES) {
				MockHttpServletResponse response = call(method, path, role, this.uploads.contains(endpoint));
				char code = code(response);
				codes.append(code);
				if (code == 'E') {
					wrong.add(endpoint + " as " + role + ": " + response.getStatus() + " "
							+ response.getContentAsString(StandardCharsets.UTF_8));
				}
				if (code == 'D') {
					assertThat(response.getContentAsString(StandardCharsets.UTF_8))
						.as(endpoint + " as " + role + " names nothing of the other organisation")
						.doesNotContain(OTHER);
				}
			}
			answered.put(endpoint, codes.toString());
		}
		if (Boolean.getBoolean("luoshi.matrix.record")) {
			record(answered);
		}

		assertThat(wrong).as("server errors").isEmpty();
		assertThat(expected.keySet()).as("lines of the matrix for every endpoint, and none for endpoints that are gone")
			.containsExactlyInAnyOrderElementsOf(answered.keySet());
		Map<String, String> differing = new LinkedHashMap<>();
		answered.forEach((endpoint, codes) -> {
			if (!codes.equals(expected.get(endpoint))) {
				differing.put(endpoint, "expected " + expected.get(endpoint) + " but " + codes);
			}
		});
		assertThat(differing).as("answers that differ from the matrix (visitor, reporter, approver, leader, office)")
			.isEmpty();
	}

	private MockHttpServletResponse call(String method, String path, String role, boolean upload) throws Exception {
		AbstractMockHttpServletRequestBuilder<?> request = upload ? multipart(HttpMethod.valueOf(method), path)
				: request(HttpMethod.valueOf(method), path);
		boolean api = path.startsWith("/api/");
		if (upload) {
			request.with(csrf());
		}
		else if (api) {
			request.accept(MediaType.APPLICATION_JSON);
			if (!method.equals("GET") && !method.equals("HEAD")) {
				request.contentType(MediaType.APPLICATION_JSON).content("{}");
			}
		}
		else {
			request.accept(MediaType.TEXT_HTML);
			request.with(csrf());
		}
		if (!role.equals("visitor")) {
			request.with(user(this.accounts.loadUserByUsername(role)));
		}
		try {
			return this.mvc.perform(request).andReturn().getResponse();
		}
		catch (Exception ex) {
			// what the servlet container would answer with 500
			MockHttpServletResponse failed = new MockHttpServletResponse();
			failed.setStatus(500);
			failed.getWriter().write(String.valueOf(ex.getCause()));
			return failed;
		}
	}

	private static char code(MockHttpServletResponse response) {
		int status = response.getStatus();
		if (status >= 500) {
			return 'E';
		}
		if (status == 401 || status == 403 || status == 404) {
			return 'D';
		}
		if (status >= 300 && status < 400) {
			String location = response.getRedirectedUrl();
			return (location != null && location.contains("/login")) ? 'D' : 'A';
		}
		if (status >= 400) {
			return 'V';
		}
		return 'A';
	}

	/** Endpoints that take an upload: called with an empty multipart request. */
	private final Set<String> uploads = new TreeSet<>();

	private Set<String> endpoints() {
		Set<String> endpoints = new TreeSet<>();
		for (var handler : this.mappings.getHandlerMethods().entrySet()) {
			RequestMappingInfo info = handler.getKey();
			boolean upload = java.util.Arrays.stream(handler.getValue().getMethodParameters())
				.anyMatch((parameter) -> MultipartFile.class.isAssignableFrom(parameter.getParameterType()));
			Set<RequestMethod> methods = info.getMethodsCondition().getMethods();
			for (String pattern : info.getPatternValues()) {
				if (pattern.startsWith("/error") || pattern.startsWith("/v3/api-docs")
						|| pattern.startsWith("/swagger-ui")) {
					continue;
				}
				if (methods.isEmpty()) {
					endpoints.add("GET " + pattern);
				}
				for (RequestMethod method : methods) {
					endpoints.add(method.name() + " " + pattern);
					if (upload) {
						this.uploads.add(method.name() + " " + pattern);
					}
				}
			}
		}
		return endpoints;
	}

	/**
	 * Values for the path's variables: what belongs to 省国土资源厅 (its organisation, a task
	 * of its and not of 省农委, its report in the demo year, an indicator it leads…), or to
	 * nobody in particular (the demo plan).
	 */
	private Map<String, String> values() {
		long land = id("select organisation_id from organisation_name where name = :n", OTHER);
		Map<String, String> values = new LinkedHashMap<>();
		values.put("organisations", String.valueOf(land));
		values.put("reporting-contacts", String.valueOf(land));
		values.put("plans", String.valueOf(id("select min(id) from plan", null)));
		values.put("tasks", String.valueOf(id("""
				select min(t.id) from task t join assignment o on o.task_id = t.id
				where o.organisation_id = :n and not exists (select 1 from assignment n
				  join organisation_name nn on nn.organisation_id = n.organisation_id
				  where n.task_id = t.id and nn.name = '省农委')""", land)));
		values.put("users", String.valueOf(id("select min(id) from app_user where username = 'leader'", null)));
		values.put("cycles", String.valueOf(id("select min(id) from reporting_cycle", null)));
		values.put("reports",
				String.valueOf(id("select min(id) from progress_report where organisation_id = :n", land)));
		values.put("attachments", String.valueOf(id("""
				select min(a.id) from report_attachment a join progress_report r on r.id = a.report_id
				where r.organisation_id = :n""", land)));
		values.put("indicators",
				String.valueOf(id("select min(id) from indicator where lead_organisation_id = :n", land)));
		values.put("decompositions", String.valueOf(id("""
				select min(d.id) from decomposition d join indicator i on i.id = d.indicator_id
				where i.lead_organisation_id = :n""", land)));
		values.put("target-revisions", String.valueOf(id("select min(id) from indicator_target_revision", null)));
		values.put("annual-reports", String.valueOf(id("select min(id) from annual_report", null)));
		values.put("notifications",
				String.valueOf(id("select min(id) from reporting_notification where organisation_id = :n", land)));
		values.put("imports", String.valueOf(id("select min(id) from notice_import", null)));
		values.put("year", "2011");
		values.put("number", "1");
		values.put("name", "trend");
		values.put("group", "departments");
		return values;
	}

	private long id(String sql, Object parameter) {
		var statement = this.jdbc.sql(sql);
		if (parameter != null) {
			statement = statement.param("n", parameter);
		}
		Long id = statement.query(Long.class).optional().orElse(null);
		return (id != null) ? id : 999_999;
	}

	// {id} is what the path names before it (/organisations/{id} an organisation),
	// {taskId}
	// a task; what is not known is an id of nothing (999999)
	private static String fill(String pattern, Map<String, String> values) {
		Matcher variable = VARIABLE.matcher(pattern);
		StringBuilder path = new StringBuilder();
		while (variable.find()) {
			String before = pattern.substring(0, variable.start());
			String name = variable.group(1);
			String key;
			if (name.equals("id")) {
				String[] segments = before.split("/");
				key = segments[segments.length - 1];
				if (key.equals("reports") && (before.startsWith("/evaluation/") || before.startsWith("/portal/"))) {
					key = "annual-reports";
				}
				if (key.equals("indicators") && before.startsWith("/portal/")) {
					key = "indicators";
				}
			}
			else if (name.endsWith("Id")) {
				String kind = name.substring(0, name.length() - 2);
				key = kind.equals("organisation") ? "organisations"
						: kind.equals("attachment") ? "attachments" : kind + "s";
			}
			else {
				key = name;
			}
			variable.appendReplacement(path, Matcher.quoteReplacement(values.getOrDefault(key, "999999")));
		}
		variable.appendTail(path);
		return path.toString();
	}

	private static Map<String, String> expected() throws IOException {
		Map<String, String> expected = new TreeMap<>();
		try (InputStream in = AuthorisationMatrixTests.class
			.getResourceAsStream("/security/authorisation-matrix.tsv")) {
			if (in == null) {
				return expected;
			}
			for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
				if (line.isBlank() || line.startsWith("#")) {
					continue;
				}
				String[] columns = line.split("\t");
				expected.put(columns[0].strip(), columns[1].strip());
			}
		}
		return expected;
	}

	private static void record(Map<String, String> answered) throws IOException {
		StringBuilder lines = new StringBuilder();
		answered.forEach((endpoint, codes) -> lines.append(endpoint).append('\t').append(codes).append('\n'));
		Files.writeString(Path.of("target/authorisation-matrix.tsv"), lines.toString());
	}

}
