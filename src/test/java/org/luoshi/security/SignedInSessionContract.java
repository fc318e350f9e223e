package org.luoshi.security;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.luoshi.organisation.OrganisationDirectory;
import org.luoshi.security.internal.Accounts;
import org.luoshi.security.internal.UserStore;
import org.luoshi.testing.HttpBrowser;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.session.jdbc.JdbcIndexedSessionRepository;
import org.springframework.test.util.ReflectionTestUtils;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Sessions live in the database, so that any application node can serve a signed-in user:
 * what must hold on every database the server runs on, with a real server and a browser
 * that keeps its cookie. Each subclass runs it on one database.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT, properties = "luoshi.demo.enabled=true")
abstract class SignedInSessionContract {

	static final String PASSWORD = "session-password";

	private static final String SET_BY_THE_OFFICE = "set-by-the-office";

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	Accounts accounts;

	@Autowired
	JdbcIndexedSessionRepository sessions;

	@Autowired
	UserStore users;

	@Autowired
	OrganisationDirectory organisations;

	HttpBrowser browser;

	@BeforeEach
	void aNewBrowserAndUsersWithTheirOwnPasswords() {
		this.browser = new HttpBrowser(this.port);
		// users of the test's own: PostgreSQL never gets the demo logins
		long agriculture = this.organisations.resolve("省农委").orElseThrow().id();
		ready(new NewUser("session-approver", "省农委 审核人", SET_BY_THE_OFFICE, Role.APPROVER, agriculture));
		ready(new NewUser("session-reporter", "省农委 填报人", SET_BY_THE_OFFICE, Role.REPORTER, agriculture));
		ready(new NewUser("session-leader", "省政府领导", SET_BY_THE_OFFICE, Role.LEADER, null));
	}

	private void ready(NewUser user) {
		if (this.users.findByUsername(user.username()).isEmpty()) {
			long id = this.accounts.create(user, "test");
			this.accounts.changeOwnPassword(id, SET_BY_THE_OFFICE, PASSWORD);
		}
	}

	@Test
	void signingInStoresTheSessionInTheDatabaseUnderTheCookiesId() {
		HttpResponse<String> home = this.browser.signIn("session-approver", PASSWORD);

		assertThat(home.uri().getPath()).isEqualTo("/");
		assertThat(home.body()).contains("省农委 审核人", "退出登录");
		String sessionId = sessionId();
		assertThat(this.jdbc.sql("select principal_name from spring_session where session_id = :id")
			.param("id", sessionId)
			.query(String.class)
			.single()).isEqualTo("session-approver");
		assertThat(this.jdbc
			.sql("""
					select count(*) from spring_session_attributes a join spring_session s on s.primary_id = a.session_primary_id
					where s.session_id = :id""")
			.param("id", sessionId)
			.query(Long.class)
			.single()).isPositive();
		assertThat(this.browser.get("/").body()).contains("省农委 审核人");
	}

	@Test
	void signingOutDeletesTheStoredSession() {
		this.browser.signIn("session-leader", PASSWORD);
		String sessionId = sessionId();
		assertThat(sessionsWithId(sessionId)).isOne();

		HttpResponse<String> signedOut = this.browser.post("/logout", "");

		assertThat(signedOut.uri().toString()).endsWith("/login?logout");
		assertThat(sessionsWithId(sessionId)).isZero();
		assertThat(this.browser.get("/").uri().getPath()).isEqualTo("/login");
	}

	@Test
	void disablingAUserEndsTheirSessionsEverywhere() {
		long clerk = this.accounts.create(new NewUser("session-clerk", null, "clerk-password", Role.LEADER, null),
				"test");
		HttpBrowser other = new HttpBrowser(this.port);
		this.browser.signIn("session-clerk", "clerk-password");
		other.signIn("session-clerk", "clerk-password");
		assertThat(sessionsOf("session-clerk")).isEqualTo(2);

		this.accounts.changeEnabled(clerk, false, "test");

		assertThat(sessionsOf("session-clerk")).isZero();
		assertThat(this.browser.get("/").uri().getPath()).isEqualTo("/login");
		assertThat(other.get("/").uri().getPath()).isEqualTo("/login");
	}

	@Test
	void apiRequestsLeaveNoSessionBehind() {
		long before = this.jdbc.sql("select count(*) from spring_session").query(Long.class).single();

		HttpResponse<String> organisations = this.browser.api("/api/organisations", "session-reporter", PASSWORD);

		assertThat(organisations.statusCode()).isEqualTo(200);
		assertThat(organisations.headers().firstValue("Set-Cookie")).isEmpty();
		assertThat(this.browser.sessionCookie()).isEmpty();
		assertThat(sessionsOf("session-reporter")).isZero();
		assertThat(this.jdbc.sql("select count(*) from spring_session").query(Long.class).single()).isEqualTo(before);
	}

	@Test
	void showsTheLayoutErrorPageToARoleThatMayNotOpenThePage() {
		this.browser.signIn("session-leader", PASSWORD);

		HttpResponse<String> refused = this.browser.get("/admin/users");

		assertThat(refused.statusCode()).isEqualTo(403);
		assertThat(refused.body()).contains("落实 Luoshi", "无权访问", "省政府领导").doesNotContain("Whitelabel");
	}

	/** The statement that writes a session attribute, as this database gets it. */
	String attributeInsert() {
		return (String) ReflectionTestUtils.getField(this.sessions, "createSessionAttributeQuery");
	}

	// the cookie holds the session id in Base64
	private String sessionId() {
		return new String(Base64.getDecoder().decode(this.browser.sessionCookie().orElseThrow()),
				StandardCharsets.UTF_8);
	}

	private long sessionsWithId(String sessionId) {
		return this.jdbc.sql("select count(*) from spring_session where session_id = :id")
			.param("id", sessionId)
			.query(Long.class)
			.single();
	}

	private long sessionsOf(String username) {
		return this.jdbc.sql("select count(*) from spring_session where principal_name = :name")
			.param("name", username)
			.query(Long.class)
			.single();
	}

}
