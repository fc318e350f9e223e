package org.luoshi.security;

import jakarta.servlet.http.Cookie;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.luoshi.security.internal.Accounts;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.logout;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.authenticated;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.unauthenticated;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Signing in and out with the sign-in page and with HTTP Basic, as the demo users: the
 * right password lets one in with one's role, anything else does not, every form needs
 * its CSRF token, and the API never hands out a session.
 */
@DemoApplicationTest
class SignInTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	UserDetailsService details;

	@Autowired
	Accounts accounts;

	@ParameterizedTest
	@CsvSource({ "office, OFFICE", "nongwei, REPORTER", "nongwei-approver, APPROVER", "leader, LEADER" })
	void signsInEveryDemoUserWithTheDemoPassword(String username, String role) throws Exception {
		this.mvc.perform(formLogin().user(username).password(DemoApplicationTest.PASSWORD))
			.andExpect(redirectedUrl("/"))
			.andExpect(authenticated().withUsername(username).withRoles(role));
	}

	@Test
	void comparesTheUserNameInLowerCase() throws Exception {
		this.mvc.perform(formLogin().user(" Leader").password(DemoApplicationTest.PASSWORD))
			.andExpect(authenticated().withUsername("leader"));
	}

	@Test
	void refusesAWrongPasswordAndAnUnknownUser() throws Exception {
		this.mvc.perform(formLogin().user("office").password("luoshi-demo2"))
			.andExpect(redirectedUrl("/login?error"))
			.andExpect(unauthenticated());
		this.mvc.perform(formLogin().user("nobody").password(DemoApplicationTest.PASSWORD))
			.andExpect(redirectedUrl("/login?error"))
			.andExpect(unauthenticated());
		this.mvc.perform(get("/api/organisations").with(httpBasic("office", "wrong")))
			.andExpect(status().isUnauthorized());
	}

	@Test
	void refusesADisabledUser() throws Exception {
		long clerk = this.accounts.create(new NewUser("disabled-clerk", "停用测试", "clerk-password", Role.LEADER, null),
				"test");
		this.mvc.perform(formLogin().user("disabled-clerk").password("clerk-password")).andExpect(authenticated());

		this.accounts.changeEnabled(clerk, false, "test");

		this.mvc.perform(formLogin().user("disabled-clerk").password("clerk-password"))
			.andExpect(redirectedUrl("/login?error"))
			.andExpect(unauthenticated());
		this.mvc.perform(get("/api/organisations").with(httpBasic("disabled-clerk", "clerk-password")))
			.andExpect(status().isUnauthorized());
	}

	@Test
	void sendsTheUserOnToThePageFirstAskedFor() throws Exception {
		MvcResult asked = this.mvc.perform(get("/admin/users").accept(MediaType.TEXT_HTML))
			.andExpect(status().isFound())
			.andExpect(redirectedUrl("/login"))
			.andReturn();
		// the session is Spring Session's, in the database, known by its cookie only
		Cookie session = asked.getResponse().getCookie("SESSION");
		assertThat(session).isNotNull();

		this.mvc
			.perform(post("/login").cookie(session)
				.param("username", "office")
				.param("password", DemoApplicationTest.PASSWORD)
				.with(csrf()))
			.andExpect(redirectedUrl("http://localhost/admin/users?continue"));
	}

	@Test
	void showsTheSignInPageInEitherLanguageWithACsrfToken() throws Exception {
		this.mvc.perform(get("/login"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("登录")))
			.andExpect(content().string(containsString("name=\"_csrf\"")))
			.andExpect(content().string(not(containsString("退出登录"))));
		this.mvc.perform(get("/login").param("lang", "en"))
			.andExpect(content().string(containsString("Sign in")))
			.andExpect(content().string(containsString("User name")));
		this.mvc.perform(get("/login").param("error", "")).andExpect(content().string(containsString("用户名或密码不正确")));
	}

	@Test
	void refusesAFormPostWithoutCsrfToken() throws Exception {
		// the sign-in page left open past its session: sign in again, with a word why
		this.mvc.perform(post("/login").param("username", "office").param("password", DemoApplicationTest.PASSWORD))
			.andExpect(redirectedUrl("/login?expired"))
			.andExpect(unauthenticated());
		this.mvc.perform(get("/login").param("expired", "")).andExpect(content().string(containsString("会话已失效")));
		this.mvc
			.perform(post("/admin/users").with(user(this.details.loadUserByUsername("office")))
				.param("username", "forged")
				.param("password", "forged-password")
				.param("role", "leader"))
			.andExpect(status().isForbidden());
		this.mvc.perform(post("/logout").with(user(this.details.loadUserByUsername("office"))))
			.andExpect(status().isForbidden());
	}

	@Test
	void signsOutWithAPostAndSaysSo() throws Exception {
		this.mvc.perform(logout()).andExpect(redirectedUrl("/login?logout")).andExpect(unauthenticated());
		this.mvc.perform(get("/login").param("logout", "")).andExpect(content().string(containsString("您已退出登录")));
	}

	@Test
	void answersTheApiWithBasicAndNoSession() throws Exception {
		MvcResult result = this.mvc
			.perform(get("/api/organisations").with(httpBasic("nongwei", DemoApplicationTest.PASSWORD)))
			.andExpect(status().isOk())
			.andExpect(header().doesNotExist("Set-Cookie"))
			.andReturn();
		assertThat(result.getRequest().getSession(false)).isNull();
	}

	@Test
	void showsWhoIsSignedInAndTheUserAdministrationToTheOfficeOnly() throws Exception {
		this.mvc.perform(get("/").with(user(this.details.loadUserByUsername("nongwei"))))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("省农委 填报人")))
			// the name already says the role and the organisation: not repeated beside it
			.andExpect(content().string(not(containsString("class=\"account-role\""))))
			.andExpect(content().string(not(containsString("class=\"account-organisation\""))))
			.andExpect(content().string(containsString("退出登录")))
			.andExpect(content().string(not(containsString("/admin/users"))));
		this.mvc.perform(get("/").param("lang", "en").with(user(this.details.loadUserByUsername("nongwei"))))
			.andExpect(content().string(containsString(">Reporter<")));
		this.mvc.perform(get("/").param("lang", "en").with(user(this.details.loadUserByUsername("office"))))
			.andExpect(content().string(containsString(">Planning office<")))
			.andExpect(content().string(containsString("Sign out")))
			.andExpect(content().string(containsString("href=\"/admin/users\"")));
	}

}
