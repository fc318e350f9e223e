package org.luoshi.security;

import com.jayway.jsonpath.JsonPath;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Another site cannot make a browser change anything through the API with the Basic
 * credentials it remembers: a 401 never challenges for Basic (so the browser never asks
 * for and remembers them), and a change whose {@code Sec-Fetch-Site} or {@code Origin}
 * shows another site is refused unless it carries a token, which no browser adds by
 * itself. Scripts, which send neither header, and the application's own pages pass.
 */
@DemoApplicationTest
class CrossSiteApiTests {

	@Autowired
	MockMvc mvc;

	@Test
	void refusesAChangeABrowserSendsFromAnotherSiteWithRememberedBasicCredentials() throws Exception {
		this.mvc.perform(token("cross-1").header("Sec-Fetch-Site", "cross-site"))
			.andExpect(status().isForbidden())
			.andExpect(jsonPath("$.code").value("cross-site"))
			.andExpect(jsonPath("$.refusal").value("CrossSiteRequest"));
		this.mvc.perform(token("cross-2").header("Sec-Fetch-Site", "same-site")).andExpect(status().isForbidden());
		this.mvc.perform(token("cross-3").header("Origin", "https://evil.example"))
			.andExpect(status().isForbidden())
			.andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.containsString("https://evil.example")));
		this.mvc.perform(token("cross-4").header("Origin", "null")).andExpect(status().isForbidden());
	}

	@Test
	void letsScriptsAndTheApplicationsOwnPagesChange() throws Exception {
		this.mvc.perform(token("script")).andExpect(status().isCreated());
		this.mvc.perform(token("own-page").header("Sec-Fetch-Site", "same-origin").header("Origin", "http://localhost"))
			.andExpect(status().isCreated());
		// reading from another site changes nothing, and the browser shows the answer
		// to no other site
		this.mvc
			.perform(get("/api/tokens").with(httpBasic("leader", DemoApplicationTest.PASSWORD))
				.header("Sec-Fetch-Site", "cross-site"))
			.andExpect(status().isOk());
	}

	@Test
	void letsATokenChangeFromAnywhere() throws Exception {
		String token = JsonPath.read(this.mvc.perform(token("from-anywhere"))
			.andExpect(status().isCreated())
			.andReturn()
			.getResponse()
			.getContentAsString(), "$.token");
		this.mvc
			.perform(post("/api/tokens").header("Authorization", "Bearer " + token)
				.header("Origin", "https://tools.example")
				.header("Sec-Fetch-Site", "cross-site")
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"name\": \"second\"}"))
			.andExpect(status().isCreated());
	}

	@Test
	void neverChallengesABrowserForBasicCredentials() throws Exception {
		this.mvc.perform(get("/api/plans").accept(MediaType.APPLICATION_JSON))
			.andExpect(status().isUnauthorized())
			.andExpect(header().string("WWW-Authenticate", "Bearer realm=\"Luoshi\""));
		this.mvc.perform(get("/api/plans").with(httpBasic("leader", "not-the-password")))
			.andExpect(status().isUnauthorized())
			.andExpect(header().string("WWW-Authenticate", "Bearer realm=\"Luoshi\""));
	}

	private static MockHttpServletRequestBuilder token(String name) {
		return post("/api/tokens").with(httpBasic("leader", DemoApplicationTest.PASSWORD))
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"name\": \"" + name + "\"}");
	}

}
