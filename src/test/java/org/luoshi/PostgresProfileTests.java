package org.luoshi;

import org.junit.jupiter.api.Test;
import org.luoshi.testing.OnPostgres;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The production profile bounds how long a statement runs and how long it waits for a
 * lock, on every connection of the pool.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.NONE)
@ActiveProfiles("postgres")
@OnPostgres
class PostgresProfileTests {

	@Autowired
	JdbcClient jdbc;

	@Test
	void everyConnectionCarriesTheLockAndStatementTimeouts() {
		assertThat(this.jdbc.sql("show lock_timeout").query(String.class).single()).isEqualTo("5s");
		assertThat(this.jdbc.sql("show statement_timeout").query(String.class).single()).isEqualTo("30s");
	}

}
