package org.luoshi.security;

import java.util.concurrent.atomic.AtomicInteger;

import com.jayway.jsonpath.JsonPath;
import jakarta.servlet.http.Cookie;
import org.junit.jupiter.api.Test;
import org.luoshi.security.internal.Accounts;
import org.luoshi.security.internal.UserStore;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * A password somebody else set is the user's to replace before anything else: pages lead
 * to the change page, the API answers 403 {@code PasswordChangeRequired} whether the user
 * signs in with HTTP Basic or a token; once changed, the user goes on. Every user changes
 * their own password with the current one, under the same rules the office's passwords
 * follow.
 */
@DemoApplicationTest
class PasswordChangeTests {

	private static final String SET_BY_THE_OFFICE = "set-by-the-office";

	private static final AtomicInteger names = new AtomicInteger();

	@Autowired
	MockMvc mvc;

	@Autowired
	Accounts accounts;

	@Autowired
	UserStore users;

	@Test
	void leadsAUserWhosePasswordTheOfficeSetToTheChangePageFromEveryPage() throws Exception {
		String clerk = leader();
		Cookie session = signIn(clerk, SET_BY_THE_OFFICE);

		for (String page : new String[] { "/", "/plans", "/organisations", "/account/tokens" }) {
			this.mvc.perform(get(page).cookie(session)).andExpect(redirectedUrl("/account/password"));
		}
		this.mvc.perform(get("/account/password").cookie(session))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("您的密码由他人设置")));

		this.mvc
			.perform(post("/account/password").cookie(session)
				.with(csrf())
				.param("current", SET_BY_THE_OFFICE)
				.param("password", "my-own-password")
				.param("repeat", "my-own-password"))
			.andExpect(redirectedUrl("/account/password?changed"));

		this.mvc.perform(get("/").cookie(session)).andExpect(status().isOk());
		assertThat(this.users.findByUsername(clerk).orElseThrow().passwordChangeRequired()).isFalse();
		this.mvc.perform(formLogin().user(clerk).password("my-own-password")).andExpect(redirectedUrl("/"));
	}

	@Test
	void refusesTheApiWithBasicOrATokenUntilThePasswordIsChanged() throws Exception {
		String clerk = leader();
		changeOwn(clerk, SET_BY_THE_OFFICE, "clerk-own-password").andExpect(status().isNoContent());
		String token = JsonPath.read(this.mvc
			.perform(post("/api/tokens").with(httpBasic(clerk, "clerk-own-password"))
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"name\": \"sync\"}"))
			.andExpect(status().isCreated())
			.andReturn()
			.getResponse()
			.getContentAsString(), "$.token");

		// the office resets it: the user is held back again, whichever way they sign in
		long id = this.users.findByUsername(clerk).orElseThrow().id();
		this.accounts.resetPassword(id, "office-reset-it", "office");

		this.mvc.perform(get("/api/plans").with(httpBasic(clerk, "office-reset-it")))
			.andExpect(status().isForbidden())
			.andExpect(jsonPath("$.refusal").value("PasswordChangeRequired"))
			.andExpect(jsonPath("$.detail").value(containsString("/account/password")));
		this.mvc.perform(get("/api/plans").header("Authorization", "Bearer " + token))
			.andExpect(status().isForbidden())
			.andExpect(jsonPath("$.code").value("password-change-required"));

		changeOwn(clerk, "office-reset-it", "clerk-second-own").andExpect(status().isNoContent());
		this.mvc.perform(get("/api/plans").with(httpBasic(clerk, "clerk-second-own"))).andExpect(status().isOk());
		this.mvc.perform(get("/api/plans").header("Authorization", "Bearer " + token)).andExpect(status().isOk());
	}

	@Test
	void takesTheCurrentPasswordAndANewOneThatKeepsTheRules() throws Exception {
		String clerk = leader();

		changeOwn(clerk, SET_BY_THE_OFFICE, "not-the-current-one", "clerk-own-password")
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.refusal").value("CurrentPasswordWrong"));
		changeOwn(clerk, SET_BY_THE_OFFICE, SET_BY_THE_OFFICE)
			.andExpect(jsonPath("$.refusal").value("PasswordUnchanged"));
		changeOwn(clerk, SET_BY_THE_OFFICE, "eleven-char").andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.refusal").value("UnacceptablePassword"));
		changeOwn(clerk, SET_BY_THE_OFFICE, clerk.toUpperCase())
			.andExpect(jsonPath("$.refusal").value("PasswordIsUsername"));
		changeOwn(clerk, SET_BY_THE_OFFICE, "Password1234").andExpect(jsonPath("$.refusal").value("PasswordTooCommon"));

		assertThat(this.users.findByUsername(clerk).orElseThrow().passwordChangeRequired()).isTrue();
	}

	@Test
	void showsARefusalNextToTheFormAndEndsTheUsersOtherSessions() throws Exception {
		String clerk = leader();
		Cookie here = signIn(clerk, SET_BY_THE_OFFICE);
		Cookie elsewhere = signIn(clerk, SET_BY_THE_OFFICE);

		this.mvc
			.perform(post("/account/password").cookie(here)
				.with(csrf())
				.param("current", SET_BY_THE_OFFICE)
				.param("password", "my-own-password")
				.param("repeat", "my-own-passwort"))
			.andExpect(status().isUnprocessableContent())
			.andExpect(content().string(containsString("两次输入的新密码不一致")));
		this.mvc
			.perform(post("/account/password").cookie(here)
				.with(csrf())
				.param("current", "wrong-current-one")
				.param("password", "my-own-password")
				.param("repeat", "my-own-password"))
			.andExpect(status().isUnprocessableContent())
			.andExpect(content().string(containsString("当前密码不正确")));
		this.mvc
			.perform(post("/account/password").cookie(here)
				.with(csrf())
				.param("current", SET_BY_THE_OFFICE)
				.param("password", "my-own-password")
				.param("repeat", "my-own-password"))
			.andExpect(redirectedUrl("/account/password?changed"));

		this.mvc.perform(get("/").cookie(here)).andExpect(status().isOk());
		this.mvc.perform(get("/").cookie(elsewhere)).andExpect(redirectedUrl("/login"));
	}

	@Test
	void letsADemoLoginGoStraightOnAndSaysOnEveryPageThatItIsADemonstration() throws Exception {
		Cookie session = signIn("leader", DemoApplicationTest.PASSWORD);
		this.mvc.perform(get("/").cookie(session))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("class=\"demonstration\"")))
			.andExpect(content().string(containsString("演示系统")));
		this.mvc.perform(get("/login").param("lang", "en"))
			.andExpect(content().string(containsString("Demonstration: published demo logins")));
	}

	private String leader() {
		String name = "changing-clerk-" + names.incrementAndGet();
		this.accounts.create(new NewUser(name, null, SET_BY_THE_OFFICE, Role.LEADER, null), "office");
		return name;
	}

	private Cookie signIn(String username, String password) throws Exception {
		MvcResult result = this.mvc.perform(formLogin().user(username).password(password)).andReturn();
		Cookie session = result.getResponse().getCookie("SESSION");
		assertThat(session).as("the session cookie of " + username).isNotNull();
		return session;
	}

	private org.springframework.test.web.servlet.ResultActions changeOwn(String username, String current, String next)
			throws Exception {
		return changeOwn(username, current, current, next);
	}

	private org.springframework.test.web.servlet.ResultActions changeOwn(String username, String signInWith,
			String current, String next) throws Exception {
		return this.mvc.perform(post("/api/account/password").with(httpBasic(username, signInWith))
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"currentPassword\": \"%s\", \"newPassword\": \"%s\"}".formatted(current, next)));
	}

}
