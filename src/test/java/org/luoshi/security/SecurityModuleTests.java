package org.luoshi.security;

import org.junit.jupiter.api.Test;
import org.luoshi.common.StartupNotice;
import org.luoshi.organisation.OrganisationDirectory;
import org.luoshi.security.internal.DemoUsers;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.ApplicationModuleTest.BootstrapMode;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.context.TestPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The security module started with the organisation directory it depends on, as on a
 * first start with demo data: the demo logins are entered once, after the organisations
 * they act for, and the console says how to sign in with them.
 */
@ApplicationModuleTest(mode = BootstrapMode.DIRECT_DEPENDENCIES)
@TestPropertySource(properties = "luoshi.demo.enabled=true")
class SecurityModuleTests {

	@Autowired
	DemoUsers demo;

	@Autowired
	OrganisationDirectory organisations;

	@Autowired
	UserDetailsService details;

	@Autowired
	StartupNotice signInNotice;

	@Autowired
	JdbcClient jdbc;

	@Test
	void entersTheDemoLoginsOnceActingForTheirOrganisations() {
		assertThat(this.jdbc.sql("select username from app_user order by id").query(String.class).list())
			.containsExactly("office", "nongwei", "nongwei-approver", "leader");
		long agriculture = this.organisations.resolve("省农委").orElseThrow().id();
		assertThat(actor("nongwei"))
			.isEqualTo(new Actor(actor("nongwei").userId(), "nongwei", "省农委 填报人", Role.REPORTER, agriculture));
		assertThat(actor("nongwei-approver").actsFor(agriculture)).isTrue();
		assertThat(actor("office").isOffice()).isTrue();
		assertThat(actor("leader").organisationId()).isNull();

		assertThat(this.demo.load()).isZero();

		assertThat(this.jdbc.sql("select count(*) from app_user").query(Long.class).single()).isEqualTo(4);
	}

	@Test
	void printsTheDemoLoginsAndTheirPasswordOnTheConsole() {
		assertThat(this.signInNotice.lines()).containsExactly(
				"DEMONSTRATION - never enter real data. Demo logins (password luoshi-demo):",
				"  office            office", "  nongwei           reporter of 省农委",
				"  nongwei-approver  approver of 省农委", "  leader            leader");
	}

	private Actor actor(String username) {
		return ((org.luoshi.security.internal.SignedInUser) this.details.loadUserByUsername(username)).actor();
	}

}
