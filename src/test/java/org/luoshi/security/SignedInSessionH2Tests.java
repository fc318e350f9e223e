package org.luoshi.security;

import org.junit.jupiter.api.Test;
import org.luoshi.testing.OnH2;

import static org.assertj.core.api.Assertions.assertThat;

/** Sessions in H2 in PostgreSQL mode, the embedded database. */
@OnH2
class SignedInSessionH2Tests extends SignedInSessionContract {

	@Test
	void keepsSpringSessionsPlainStatementsWhichH2Understands() {
		assertThat(attributeInsert()).doesNotContainIgnoringCase("on conflict");
	}

}
