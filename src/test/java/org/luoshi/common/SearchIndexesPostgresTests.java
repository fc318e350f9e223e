package org.luoshi.common;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.luoshi.testing.OnPostgres;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.jdbc.test.autoconfigure.AutoConfigureTestDatabase;
import org.springframework.boot.jdbc.test.autoconfigure.JdbcTest;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * PostgreSQL's own indexes (V30 in db/vendor/postgresql): the searches for words in a
 * name or a task's text can be served by a trigram index, Chinese words included, and an
 * organisation's open assignments by a partial one. Sequential scans are switched off so
 * that the plan shows which index serves each search, whatever the tables hold.
 */
@JdbcTest
@OnPostgres
@AutoConfigureTestDatabase(replace = AutoConfigureTestDatabase.Replace.NONE)
class SearchIndexesPostgresTests {

	@Autowired
	JdbcClient jdbc;

	@Test
	void chineseWordsYieldTrigramsInTheDatabasesCharacterClassification() {
		assertThat(this.jdbc.sql("select cardinality(show_trgm('农业委员会'))").query(Integer.class).single())
			.isGreaterThan(3);
	}

	@Test
	void aSearchInTheDirectoryIsServedByTheTrigramIndexOfNames() {
		assertThat(plan("""
				select o.id from organisation o where exists (select 1 from organisation_name n
				where n.organisation_id = o.id and lower(n.compared_name) like lower('%农业委员会%') escape '!')
				""")).contains("organisation_name_trigram");
	}

	@Test
	void aSearchInAPlansTasksAndInTheBindingIndicatorsIsServedByTrigramIndexes() {
		assertThat(plan("select t.id from task t where t.compared_text like '%粮食生产能力%' escape '!'"))
			.contains("task_text_trigram");
		assertThat(plan("select i.id from indicator i where i.binding and i.compared_name like '%森林覆盖率%' escape '!'"))
			.contains("indicator_name_trigram");
	}

	@Test
	void anOrganisationsOpenAssignmentsAreServedByThePartialIndex() {
		assertThat(plan("select a.task_id from assignment a where a.organisation_id = 7 and a.ended_at is null"))
			.contains("assignment_open_organisation");
	}

	private String plan(String query) {
		this.jdbc.sql("set local enable_seqscan = off").update();
		List<String> lines = this.jdbc.sql("explain " + query).query(String.class).list();
		return String.join("\n", lines);
	}

}
