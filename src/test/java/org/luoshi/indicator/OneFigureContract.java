package org.luoshi.indicator;

import java.time.OffsetDateTime;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.assertThatNoException;

/**
 * The database keeps one figure per indicator, region and year however many write at once
 * (V25): a second first entry is refused, with or without a region, and so is a second
 * revision of the same entry; revisions in a row and other years are not. Runs on H2 and
 * PostgreSQL.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.NONE, properties = "luoshi.demo.enabled=true")
abstract class OneFigureContract {

	@Autowired
	JdbcClient jdbc;

	private long insert(long indicator, Long region, int year, Long revises) {
		return this.jdbc.sql("""
				insert into indicator_value (indicator_id, region_id, figure_year, figure, status, revises_id,
				                             entered_by, entered_at)
				values (:indicator, :region, :year, 1, 'final', :revises, 'office', :at)
				""")
			.param("indicator", indicator)
			.param("region", region)
			.param("year", year)
			.param("revises", revises)
			.param("at", OffsetDateTime.now())
			.update(new org.springframework.jdbc.support.GeneratedKeyHolder(), "id") > 0
					? this.jdbc.sql("select max(id) from indicator_value").query(Long.class).single() : -1;
	}

	private long indicator() {
		return this.jdbc.sql("select min(id) from indicator").query(Long.class).single();
	}

	@Test
	void aSecondFirstEntryIsRefused() {
		long indicator = indicator();
		long region = this.jdbc.sql("select min(id) from region").query(Long.class).single();
		insert(indicator, region, 2031, null);
		assertThatExceptionOfType(DuplicateKeyException.class).isThrownBy(() -> insert(indicator, region, 2031, null));
		insert(indicator, null, 2031, null);
		assertThatExceptionOfType(DuplicateKeyException.class).isThrownBy(() -> insert(indicator, null, 2031, null));
		assertThatNoException().isThrownBy(() -> insert(indicator, region, 2032, null));
	}

	@Test
	void aSecondRevisionOfOneEntryIsRefused() {
		long indicator = indicator();
		long first = insert(indicator, null, 2033, null);
		long revision = insert(indicator, null, 2033, first);
		assertThatExceptionOfType(DuplicateKeyException.class).isThrownBy(() -> insert(indicator, null, 2033, first));
		assertThatNoException().isThrownBy(() -> insert(indicator, null, 2033, revision));
	}

}
