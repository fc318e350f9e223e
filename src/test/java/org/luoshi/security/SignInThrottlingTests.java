package org.luoshi.security;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;
import org.luoshi.security.internal.Accounts;
import org.luoshi.security.internal.SignInAttempts;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Guessing passwords is throttled: after five failures of one user name (from any
 * addresses) or twenty from one address (for any user names) within the window, sign-ins
 * under it are refused even with the right password, on the page and with HTTP Basic. The
 * counts are kept in the database, so every node sees them. Every sign-in, failed,
 * refused or successful, is in the audit log. Each test uses addresses of its own, since
 * the context (and its counts) is shared.
 */
@DemoApplicationTest
// what production has (the other tests' contexts take many more, all coming from
// 127.0.0.1)
@TestPropertySource(properties = "luoshi.security.sign-in.max-address-failures=20")
class SignInThrottlingTests {

	private static final String PASSWORD = "a-long-own-password";

	private static final AtomicInteger names = new AtomicInteger();

	@Autowired
	MockMvc mvc;

	@Autowired
	Accounts accounts;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	SignInAttempts attempts;

	@Test
	void locksAUserNameAfterFiveFailuresFromAnyAddressesEvenForTheRightPassword() throws Exception {
		String user = user();
		for (int i = 1; i <= 4; i++) {
			signIn(user, "wrong-password-" + i, "198.51.100." + i).andExpect(redirectedUrl("/login?error"));
		}
		// four failures: the right password still signs in, and clears them
		signIn(user, PASSWORD, "198.51.100.50").andExpect(redirectedUrl("/"));
		for (int i = 1; i <= 5; i++) {
			signIn(user, "wrong-password-" + i, "198.51.100." + (10 + i)).andExpect(redirectedUrl("/login?error"));
		}
		signIn(user, PASSWORD, "198.51.100.51").andExpect(redirectedUrl("/login?locked"));
		// the API says the client is held back and until when, not that the password is
		// wrong
		this.mvc.perform(get("/api/plans").with(httpBasic(user, PASSWORD)).with(from("198.51.100.52")))
			.andExpect(status().isTooManyRequests())
			.andExpect(header().string("Retry-After", org.hamcrest.Matchers.matchesPattern("[1-9][0-9]*")))
			.andExpect(header().doesNotExist("WWW-Authenticate"));
		this.mvc.perform(get("/login").param("locked", "")).andExpect(status().isOk());

		assertThat(audit(user)).containsSubsequence("security.sign-in-failed", "security.sign-in",
				"security.sign-in-failed", "security.sign-in-throttled", "security.sign-in-throttled");
		assertThat(this.jdbc.sql("select summary from audit_entry where subject = :s order by id")
			.param("s", "user:" + user)
			.query(String.class)
			.list()).anySatisfy((summary) -> assertThat(summary).contains(user, "198.51.100.1"));
	}

	@Test
	void locksAnAddressAfterTwentyFailuresForAnyUserNames() throws Exception {
		String address = "203.0.113.77";
		for (int i = 1; i <= 20; i++) {
			signIn("guess-" + i + "-" + names.incrementAndGet(), "wrong-password", address)
				.andExpect(redirectedUrl("/login?error"));
		}
		signIn("office", DemoApplicationTest.PASSWORD, address).andExpect(redirectedUrl("/login?locked"));
		this.mvc.perform(get("/api/plans").with(httpBasic("office", DemoApplicationTest.PASSWORD)).with(from(address)))
			.andExpect(status().isTooManyRequests())
			.andExpect(jsonPath("$.status").value(429));
		// the user name itself is not locked: from elsewhere the office signs in
		signIn("office", DemoApplicationTest.PASSWORD, "203.0.113.78").andExpect(redirectedUrl("/"));
	}

	@Test
	void recordsAScriptsBasicSignInOnceAnHourButEveryPageSignIn() throws Exception {
		String user = user();
		this.mvc
			.perform(post("/api/account/password").with(httpBasic(user, PASSWORD))
				.with(from("192.0.2.10"))
				.contentType("application/json")
				.content("{\"currentPassword\": \"" + PASSWORD + "\", \"newPassword\": \"" + PASSWORD + "-2\"}"))
			.andExpect(status().isNoContent());
		for (int i = 0; i < 3; i++) {
			this.mvc.perform(get("/api/plans").with(httpBasic(user, PASSWORD + "-2")).with(from("192.0.2.10")))
				.andExpect(status().isOk());
		}
		assertThat(audit(user)).containsExactly("security.sign-in");
		signIn(user, PASSWORD + "-2", "192.0.2.10").andExpect(redirectedUrl("/"));
		signIn(user, PASSWORD + "-2", "192.0.2.10").andExpect(redirectedUrl("/"));
		assertThat(audit(user)).containsExactly("security.sign-in", "security.sign-in", "security.sign-in");
	}

	@Test
	void forgetsNamesAndAddressesQuietForADayButKeepsLocksAndRecentOnes() {
		OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
		OffsetDateTime old = now.minusDays(2);
		String prefix = "purge-" + names.incrementAndGet() + "-";
		insertAttempt(prefix + "guessed", old, null, null);
		insertAttempt(prefix + "signed-in-long-ago", null, null, old);
		insertAttempt(prefix + "still-locked", old, now.plusMinutes(5), null);
		insertAttempt(prefix + "failed-today", now.minusHours(1), null, null);
		insertAttempt(prefix + "signed-in-today", null, null, now.minusHours(2));

		assertThat(this.attempts.purge()).isGreaterThanOrEqualTo(2);

		assertThat(this.jdbc.sql("select attempt_key from sign_in_attempt where attempt_key like :p order by 1")
			.param("p", prefix + "%")
			.query(String.class)
			.list()).containsExactly(prefix + "failed-today", prefix + "signed-in-today", prefix + "still-locked");
	}

	private void insertAttempt(String key, OffsetDateTime failed, OffsetDateTime locked, OffsetDateTime succeeded) {
		this.jdbc.sql("""
				insert into sign_in_attempt (attempt_key, failures, last_failure_at, locked_until, last_success_at)
				values (:key, :failures, :failed, :locked, :succeeded)""")
			.param("key", key)
			.param("failures", (failed != null) ? 1 : 0)
			.param("failed", failed)
			.param("locked", locked)
			.param("succeeded", succeeded)
			.update();
	}

	private String user() {
		String name = "throttled-" + names.incrementAndGet();
		this.accounts.create(new NewUser(name, null, PASSWORD, Role.LEADER, null), "office");
		return name;
	}

	private ResultActions signIn(String username, String password, String address) throws Exception {
		return this.mvc.perform(post("/login").param("username", username)
			.param("password", password)
			.with(csrf())
			.with(from(address)));
	}

	private static RequestPostProcessor from(String address) {
		return (request) -> {
			request.setRemoteAddr(address);
			return request;
		};
	}

	private List<String> audit(String user) {
		return this.jdbc
			.sql("select action from audit_entry where subject = :s and action like 'security.sign-in%' order by id")
			.param("s", "user:" + user)
			.query(String.class)
			.list();
	}

}
