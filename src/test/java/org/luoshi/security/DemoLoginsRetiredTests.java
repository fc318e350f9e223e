package org.luoshi.security;

import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.luoshi.LuoshiApplication;

import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A database a demonstration once filled, started again as no demonstration: the demo
 * logins are disabled with a password nobody knows and a line in their history, nothing
 * is deleted, and the office gets a first user of its own.
 */
class DemoLoginsRetiredTests {

	private final String database = "jdbc:h2:mem:retired-" + UUID.randomUUID()
			+ ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1";

	@Test
	void aStartWithoutTheDemoRetiresTheDemoLoginsAnEarlierDemoStartLeft() {
		try (ConfigurableApplicationContext demo = start(true)) {
			assertThat(enabledDemoLogins(demo)).containsExactly("leader", "nongwei", "nongwei-approver", "office");
		}

		try (ConfigurableApplicationContext production = start(false)) {
			JdbcClient jdbc = production.getBean(JdbcClient.class);
			PasswordEncoder passwords = production.getBean(PasswordEncoder.class);
			assertThat(enabledDemoLogins(production)).isEmpty();
			assertThat(jdbc.sql("select count(*) from app_user where created_by = 'demo'").query(Long.class).single())
				.isEqualTo(4);
			for (String hash : jdbc.sql("select password_hash from app_user where created_by = 'demo'")
				.query(String.class)
				.list()) {
				assertThat(passwords.matches("luoshi-demo", hash)).isFalse();
			}
			assertThat(jdbc.sql("""
					select count(*) from user_history h join app_user u on u.id = h.user_id
					where u.created_by = 'demo' and h.event = 'demo-retired'""").query(Long.class).single())
				.isEqualTo(4);
			// the demo's office keeps its name: the first user of the office takes the
			// next
			assertThat(jdbc.sql("select username from app_user where created_by = 'first-start' and enabled")
				.query(String.class)
				.list()).containsExactly("office-2");
		}

		try (ConfigurableApplicationContext again = start(false)) {
			JdbcClient jdbc = again.getBean(JdbcClient.class);
			assertThat(jdbc.sql("select count(*) from user_history where event = 'demo-retired'")
				.query(Long.class)
				.single()).as("retired once").isEqualTo(4);
			assertThat(jdbc.sql("select count(*) from app_user where created_by = 'first-start'")
				.query(Long.class)
				.single()).as("one first user").isEqualTo(1);
		}
	}

	private ConfigurableApplicationContext start(boolean demo) {
		return new SpringApplicationBuilder(LuoshiApplication.class).web(WebApplicationType.NONE)
			.run("--spring.datasource.url=" + this.database, "--luoshi.demo.enabled=" + demo,
					"--luoshi.demo.plan=false", "--luoshi.demo.cycle=false", "--spring.main.banner-mode=off");
	}

	private static List<String> enabledDemoLogins(ConfigurableApplicationContext context) {
		return context.getBean(JdbcClient.class)
			.sql("select username from app_user where created_by = 'demo' and enabled order by username")
			.query(String.class)
			.list();
	}

}
