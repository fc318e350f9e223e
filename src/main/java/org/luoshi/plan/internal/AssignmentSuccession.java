package org.luoshi.plan.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

import org.luoshi.organisation.OrganisationSucceeded;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * When an organisation is renamed or merged into another, the open tasks it answered for
 * go to its successor on the day the successor takes over. A succession already in effect
 * carries them in the same transaction as the directory's change, so that both change or
 * neither does; one announced for a later date is kept as pending and carried on its
 * date, by a daily run and at start-up.
 */
@Component
public class AssignmentSuccession implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(AssignmentSuccession.class);

	private final AssignmentStore assignments;

	private final JdbcClient jdbc;

	private final Clock clock;

	private final TransactionTemplate transactions;

	AssignmentSuccession(AssignmentStore assignments, JdbcClient jdbc, Clock clock,
			PlatformTransactionManager transactions) {
		this.transactions = new TransactionTemplate(transactions);
		this.assignments = assignments;
		this.jdbc = jdbc;
		this.clock = clock;
	}

	@TransactionalEventListener(phase = TransactionPhase.BEFORE_COMMIT)
	void on(OrganisationSucceeded event) {
		if (event.effective().isAfter(LocalDate.now(this.clock))) {
			this.jdbc.sql("""
					insert into pending_succession (predecessor_id, successor_id, reason, effective, recorded_at)
					values (:predecessor, :successor, :reason, :effective, :at)
					""")
				.param("predecessor", event.predecessorId())
				.param("successor", event.successorId())
				.param("reason", event.reason())
				.param("effective", event.effective())
				.param("at", OffsetDateTime.now(this.clock))
				.update();
			log.info("Open assignments of organisation {} go to {} on {} ({})", event.predecessorId(),
					event.successorId(), event.effective(), event.reason());
			return;
		}
		carry(event);
	}

	/**
	 * Carries the open tasks of every succession whose day has come; returns how many.
	 */
	@Scheduled(cron = "${luoshi.plan.successions.cron:0 5 0 * * *}")
	public int carryDue() {
		Integer carried = this.transactions.execute((status) -> carryDueNow());
		return (carried != null) ? carried : 0;
	}

	private int carryDueNow() {
		List<Pending> due = this.jdbc.sql("""
				select id, predecessor_id, successor_id, reason, effective from pending_succession
				where effective <= :today order by effective, id
				""")
			.param("today", LocalDate.now(this.clock))
			.query((rs, i) -> new Pending(rs.getLong(1),
					new OrganisationSucceeded(rs.getLong(2), rs.getLong(3), rs.getString(4),
							rs.getObject(5, LocalDate.class))))
			.list();
		int carried = 0;
		for (Pending pending : due) {
			carried += carry(pending.succession());
			this.jdbc.sql("delete from pending_succession where id = :id").param("id", pending.id()).update();
		}
		return carried;
	}

	@Override
	public void run(ApplicationArguments args) {
		carryDue();
	}

	private int carry(OrganisationSucceeded event) {
		int carried = this.assignments.carry(event.predecessorId(), event.successorId(),
				"succession:" + event.reason() + ":" + event.effective(), OffsetDateTime.now(this.clock));
		log.info("Carried {} open assignments of organisation {} to {} ({})", carried, event.predecessorId(),
				event.successorId(), event.reason());
		return carried;
	}

	private record Pending(long id, OrganisationSucceeded succession) {
	}

}
