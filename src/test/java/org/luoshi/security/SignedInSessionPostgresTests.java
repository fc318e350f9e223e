package org.luoshi.security;

import org.junit.jupiter.api.Test;
import org.luoshi.testing.OnPostgres;

import static org.assertj.core.api.Assertions.assertThat;

/** Sessions in PostgreSQL 17, where several application nodes share them. */
@OnPostgres
class SignedInSessionPostgresTests extends SignedInSessionContract {

	@Test
	void writesAttributesSoThatTwoNodesDoNotCollide() {
		assertThat(attributeInsert()).containsIgnoringCase("on conflict");
	}

}
