package org.luoshi.security.web;

import com.jayway.jsonpath.JsonPath;
import org.junit.jupiter.api.Test;
import org.luoshi.security.DemoApplicationTest;
import org.luoshi.security.internal.TokenSecrets;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Personal access tokens: a user creates one (shown once, kept as its SHA-256), a script
 * signs in with it as {@code Bearer} and acts as that user, and it stops working once
 * revoked or expired; nobody reaches another's tokens.
 */
@DemoApplicationTest
class ApiTokenTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	private String create(String username, String name) throws Exception {
		String body = this.mvc
			.perform(post("/api/tokens").with(httpBasic(username, DemoApplicationTest.PASSWORD))
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"name\": \"" + name + "\", \"days\": 30}"))
			.andExpect(status().isCreated())
			.andReturn()
			.getResponse()
			.getContentAsString();
		return JsonPath.read(body, "$.token");
	}

	private static MockHttpServletRequestBuilder bearer(MockHttpServletRequestBuilder request, String token) {
		return request.header("Authorization", "Bearer " + token);
	}

	@Test
	void aTokenSignsItsOwnerInAndIsKeptOnlyAsItsHash() throws Exception {
		String token = create("nongwei", "每日同步脚本");

		assertThat(TokenSecrets.wellFormed(token)).isTrue();
		assertThat(this.jdbc.sql("select count(*) from api_token where token_hash = :hash")
			.param("hash", TokenSecrets.hash(token))
			.query(Long.class)
			.single()).isOne();
		assertThat(this.jdbc.sql("select count(*) from api_token where token_hash = :token or prefix = :token")
			.param("token", token)
			.query(Long.class)
			.single()).isZero();
		this.mvc.perform(bearer(get("/api/reports"), token)).andExpect(status().isOk());
		// the owner's role holds: a reporter still may not manage users
		this.mvc.perform(bearer(get("/api/users"), token)).andExpect(status().isForbidden());
		this.mvc.perform(bearer(get("/api/tokens"), token))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$[0].name").value("每日同步脚本"))
			.andExpect(jsonPath("$[0].lastUsedAt").isNotEmpty())
			.andExpect(content().string(not(containsString(token))));
	}

	@Test
	void aRevokedExpiredOrForgedTokenSignsNobodyIn() throws Exception {
		String revoked = create("leader", "已停用的脚本");
		long id = this.jdbc.sql("select id from api_token where token_hash = :hash")
			.param("hash", TokenSecrets.hash(revoked))
			.query(Long.class)
			.single();
		this.mvc.perform(bearer(delete("/api/tokens/{id}", id), revoked))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.revokedAt").isNotEmpty());
		this.mvc.perform(bearer(get("/api/plans"), revoked))
			.andExpect(status().isUnauthorized())
			.andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON));

		String expired = create("leader", "过期的脚本");
		this.jdbc.sql("update api_token set expires_at = created_at where token_hash = :hash")
			.param("hash", TokenSecrets.hash(expired))
			.update();
		this.mvc.perform(bearer(get("/api/plans"), expired)).andExpect(status().isUnauthorized());

		this.mvc.perform(bearer(get("/api/plans"), "luoshi_" + "x".repeat(40))).andExpect(status().isUnauthorized());
		this.mvc.perform(bearer(get("/api/plans"), "not-a-token")).andExpect(status().isUnauthorized());
	}

	@Test
	void nobodyReachesAnothersTokens() throws Exception {
		String mine = create("nongwei-approver", "审核脚本");
		long id = this.jdbc.sql("select id from api_token where token_hash = :hash")
			.param("hash", TokenSecrets.hash(mine))
			.query(Long.class)
			.single();

		this.mvc.perform(delete("/api/tokens/{id}", id).with(httpBasic("office", DemoApplicationTest.PASSWORD)))
			.andExpect(status().isNotFound())
			.andExpect(jsonPath("$.refusal").value("TokenNotFound"));
		this.mvc.perform(bearer(get("/api/plans"), mine)).andExpect(status().isOk());
	}

	@Test
	void aTokenWithoutANameOrBeyondAYearIsRefusedByName() throws Exception {
		this.mvc
			.perform(post("/api/tokens").with(httpBasic("leader", DemoApplicationTest.PASSWORD))
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"name\": \" \"}"))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.refusal").value("NameRequired"));
		this.mvc
			.perform(post("/api/tokens").with(httpBasic("leader", DemoApplicationTest.PASSWORD))
				.header("Accept-Language", "en")
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"name\": \"long\", \"days\": 400}"))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.detail").value("A token holds 1 to 366 days; received 400."));
	}

	@Test
	void theTokenPageShowsANewTokenOnce() throws Exception {
		var created = this.mvc
			.perform(
					post("/account/tokens").param("name", "页面创建")
						.param("days", "7")
						.with(csrf())
						.with(user(new org.luoshi.security.internal.SignedInUser(new org.luoshi.security.Actor(4,
								"leader", "省政府领导", org.luoshi.security.Role.LEADER, null), null, true))))
			.andReturn();
		Object flashed = created.getFlashMap().get("created");
		assertThat(flashed).isNotNull();
		assertThat(flashed.toString()).doesNotContain("luoshi_");
	}

}
