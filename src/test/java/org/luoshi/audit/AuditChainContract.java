package org.luoshi.audit;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.luoshi.common.Audited;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * The audit log the database keeps append-only and chains by hash: updates and deletes
 * are refused by the database itself, writers racing each other still form one chain, and
 * a row changed behind the application's back (trigger dropped) or slipped in with a
 * wrong hash is named by {@link AuditChain#verify()}. Runs on H2 and PostgreSQL.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.NONE)
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_EACH_TEST_METHOD)
abstract class AuditChainContract {

	@Autowired
	ApplicationEventPublisher events;

	@Autowired
	TransactionTemplate transactions;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	AuditChain chain;

	record Changed(String actor, String action, String subject, String summary) implements Audited {
	}

	/**
	 * Drops or disables the append-only trigger, as somebody with the database's keys
	 * could.
	 */
	abstract void dropTheTrigger();

	private void write(int count) {
		for (int i = 0; i < count; i++) {
			String subject = "thing:" + i;
			this.transactions.executeWithoutResult((status) -> this.events
				.publishEvent(new Changed("office", "test.changed", subject, "改了第 " + subject)));
		}
	}

	// what the start wrote before the test (the first office user, say) stays out of it
	private long lastBefore;

	private long countBefore;

	@BeforeEach
	void notingWhatTheStartWrote() {
		this.lastBefore = this.jdbc.sql("select coalesce(max(id), 0) from audit_entry").query(Long.class).single();
		this.countBefore = this.jdbc.sql("select count(*) from audit_entry").query(Long.class).single();
	}

	private List<Long> ids() {
		return this.jdbc.sql("select id from audit_entry where id > :last order by id")
			.param("last", this.lastBefore)
			.query(Long.class)
			.list();
	}

	@Test
	void anIntactChainVerifies() {
		write(5);
		ChainCheck check = this.chain.verify();
		assertThat(check.intact()).isTrue();
		assertThat(check.entries()).isEqualTo(this.countBefore + 5);
	}

	@Test
	void writersRacingEachOtherFormOneChain() throws Exception {
		ExecutorService pool = Executors.newFixedThreadPool(8);
		try {
			List<Future<?>> done = new ArrayList<>();
			for (int t = 0; t < 8; t++) {
				done.add(pool.submit(() -> write(10)));
			}
			for (Future<?> each : done) {
				each.get();
			}
		}
		finally {
			pool.shutdown();
		}
		ChainCheck check = this.chain.verify();
		assertThat(check.intact()).as("%s", check).isTrue();
		assertThat(check.entries()).isEqualTo(this.countBefore + 80);
	}

	@Test
	void theDatabaseRefusesUpdatesAndDeletes() {
		write(2);
		long first = ids().get(0);
		assertThatExceptionOfType(DataAccessException.class)
			.isThrownBy(() -> this.jdbc.sql("update audit_entry set summary = 'nothing happened' where id = :id")
				.param("id", first)
				.update());
		assertThatExceptionOfType(DataAccessException.class)
			.isThrownBy(() -> this.jdbc.sql("delete from audit_entry where id = :id").param("id", first).update());
		assertThatExceptionOfType(DataAccessException.class)
			.isThrownBy(() -> this.jdbc.sql("delete from audit_entry").update());
		assertThat(ids()).hasSize(2);
		assertThat(this.chain.verify().intact()).isTrue();
	}

	@Test
	void aRowChangedBehindTheApplicationsBackIsNamed() {
		write(4);
		long second = ids().get(1);
		dropTheTrigger();
		this.jdbc.sql("update audit_entry set summary = 'nothing happened' where id = :id")
			.param("id", second)
			.update();
		ChainCheck check = this.chain.verify();
		assertThat(check.brokenAt()).isEqualTo(second);
		assertThat(check.failure()).isEqualTo(ChainCheck.Failure.ALTERED);
	}

	@Test
	void aRowRemovedFromTheMiddleBreaksTheNextLink() {
		write(4);
		List<Long> ids = ids();
		dropTheTrigger();
		this.jdbc.sql("delete from audit_entry where id = :id").param("id", ids.get(1)).update();
		ChainCheck check = this.chain.verify();
		assertThat(check.brokenAt()).isEqualTo(ids.get(2));
		assertThat(check.failure()).isEqualTo(ChainCheck.Failure.UNLINKED);
	}

	@Test
	void theNewestRowsRemovedShowAtTheHead() {
		write(3);
		List<Long> ids = ids();
		dropTheTrigger();
		this.jdbc.sql("delete from audit_entry where id = :id").param("id", ids.get(2)).update();
		ChainCheck check = this.chain.verify();
		assertThat(check.failure()).isEqualTo(ChainCheck.Failure.TAIL_REMOVED);
		assertThat(check.brokenAt()).isEqualTo(ids.get(1));
	}

	@Test
	void aRowSlippedInWithAWrongHashIsNamed() {
		write(2);
		String last = this.jdbc.sql("select hash from audit_entry order by id desc limit 1")
			.query(String.class)
			.single();
		this.jdbc.sql("""
				insert into audit_entry (occurred_at, actor, action, subject, summary, prev_hash, hash)
				values (current_timestamp, 'office', 'test.forged', 'thing:9', 'forged', :previous, :hash)
				""").param("previous", last).param("hash", "f".repeat(64)).update();
		long forged = ids().get(2);
		write(1);
		ChainCheck check = this.chain.verify();
		assertThat(check.brokenAt()).isEqualTo(forged);
		assertThat(check.failure()).isEqualTo(ChainCheck.Failure.ALTERED);
	}

}
