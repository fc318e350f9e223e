package org.luoshi.security;

import org.junit.jupiter.api.Test;
import org.luoshi.testing.OnPostgres;

import static org.assertj.core.api.Assertions.assertThat;

/** Sessions in PostgreSQL 17, where several application nodes share them. */
@OnPostgres
class SignedInSessionPostgresTests extends SignedInSessionContract {

	@Test
	void entersNoDemoLoginOnPostgresEvenWithTheDemoSwitchedOn() {
		assertThat(this.jdbc.sql("select count(*) from app_user where created_by = 'demo'").query(Long.class).single())
			.isZero();
		assertThat(this.browser.signIn("office", "luoshi-demo").uri().getPath()).isEqualTo("/login");
	}

	@Test
	void writesAttributesSoThatTwoNodesDoNotCollide() {
		assertThat(attributeInsert()).containsIgnoringCase("on conflict");
	}

}
