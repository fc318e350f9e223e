package org.luoshi.security;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.request;

/**
 * Who may open what, decided on the server for every role: a visitor is sent to the
 * sign-in page or answered 401, a role that may not is answered 403. Pages are opened
 * with the demo users' own principals, the API with HTTP Basic and the demo password.
 */
@DemoApplicationTest
class SecurityRulesTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	UserDetailsService accounts;

	@ParameterizedTest(name = "{0} {1}: visitor {2}, office {3}, reporter {4}, approver {5}, leader {6}")
	@CsvSource({ "GET, /, 302, 200, 200, 200, 200", "GET, /admin/users, 302, 200, 403, 403, 403",
			"GET, /no-such-page, 302, 404, 404, 404, 404", "GET, /login, 200, 200, 200, 200, 200",
			"GET, /css/luoshi.css, 200, 200, 200, 200, 200",
			"GET, /webjars/htmx.org/dist/htmx.min.js, 200, 200, 200, 200, 200",
			"GET, /actuator/health, 200, 200, 200, 200, 200",
			"GET, /actuator/health/readiness, 200, 200, 200, 200, 200",
			"GET, /actuator/health/liveness, 200, 200, 200, 200, 200", "GET, /v3/api-docs, 302, 200, 200, 200, 200",
			"GET, /portal/plans, 404, 404, 404, 404, 404" })
	void pages(HttpMethod method, String path, int visitor, int office, int reporter, int approver, int leader)
			throws Exception {
		MvcResult anonymous = this.mvc.perform(request(method, path)).andReturn();
		assertThat(anonymous.getResponse().getStatus()).as("visitor").isEqualTo(visitor);
		if (visitor == 302) {
			assertThat(anonymous.getResponse().getRedirectedUrl()).endsWith("/login");
		}
		expect(page(method, path, "office"), office, "office");
		expect(page(method, path, "nongwei"), reporter, "reporter");
		expect(page(method, path, "nongwei-approver"), approver, "approver");
		expect(page(method, path, "leader"), leader, "leader");
	}

	@ParameterizedTest(name = "{0} {1}: visitor {2}, office {3}, reporter {4}, approver {5}, leader {6}")
	@CsvSource({ "GET, /api/organisations, 401, 200, 200, 200, 200", "GET, /api/users, 401, 200, 403, 403, 403",
			"POST, /api/users, 401, 400, 403, 403, 403", "POST, /api/organisations, 401, 400, 403, 403, 403",
			"POST, /api/organisations/merge, 401, 400, 403, 403, 403",
			"GET, /api/no-such-thing, 401, 404, 404, 404, 404", "POST, /api/no-such-thing, 401, 404, 404, 404, 403" })
	void api(HttpMethod method, String path, int visitor, int office, int reporter, int approver, int leader)
			throws Exception {
		expect(api(method, path), visitor, "visitor");
		expect(api(method, path).with(httpBasic("office", DemoApplicationTest.PASSWORD)), office, "office");
		expect(api(method, path).with(httpBasic("nongwei", DemoApplicationTest.PASSWORD)), reporter, "reporter");
		expect(api(method, path).with(httpBasic("nongwei-approver", DemoApplicationTest.PASSWORD)), approver,
				"approver");
		expect(api(method, path).with(httpBasic("leader", DemoApplicationTest.PASSWORD)), leader, "leader");
	}

	private MockHttpServletRequestBuilder page(HttpMethod method, String path, String username) {
		return request(method, path).with(user(this.accounts.loadUserByUsername(username))).with(csrf());
	}

	private static MockHttpServletRequestBuilder api(HttpMethod method, String path) {
		// an empty body: where the role may post, validation answers 400
		MockHttpServletRequestBuilder request = request(method, path).accept(MediaType.APPLICATION_JSON);
		return (method == HttpMethod.GET) ? request : request.contentType(MediaType.APPLICATION_JSON).content("{}");
	}

	private void expect(MockHttpServletRequestBuilder request, int status, String who) throws Exception {
		MvcResult result = this.mvc.perform(request).andReturn();
		assertThat(result.getResponse().getStatus()).as(who).isEqualTo(status);
		if (status == 401 || status == 403) {
			if (result.getRequest().getRequestURI().startsWith("/api/")) {
				assertThat(result.getResponse().getContentType()).as(who).isEqualTo("application/problem+json");
			}
		}
		if (status == 401) {
			// never a Basic challenge: a browser would ask for a password and send it to
			// every site's requests from then on
			assertThat(result.getResponse().getHeader("WWW-Authenticate")).isEqualTo("Bearer realm=\"Luoshi\"");
		}
	}

}
