package org.luoshi.organisation.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

import org.luoshi.organisation.OrganisationSucceeded;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Announces a succession on the day it takes effect: at once for a rename or merger
 * already in effect, in the transaction that records it; for one announced for a later
 * date, by a daily run (and at start-up) on that day. Until then the predecessor still
 * acts and keeps its tasks, users and reports; the modules that follow successions listen
 * to {@link OrganisationSucceeded}.
 */
@Component
public class Successions {

	private static final Logger log = LoggerFactory.getLogger(Successions.class);

	private final JdbcClient jdbc;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	private final TransactionTemplate transactions;

	Successions(JdbcClient jdbc, ApplicationEventPublisher events, Clock clock,
			PlatformTransactionManager transactions) {
		this.jdbc = jdbc;
		this.events = events;
		this.clock = clock;
		this.transactions = new TransactionTemplate(transactions);
	}

	/**
	 * Announces the succession now if it is in effect today, else keeps it for its day.
	 */
	void announce(OrganisationSucceeded succession) {
		if (!succession.effective().isAfter(LocalDate.now(this.clock))) {
			this.events.publishEvent(succession);
			return;
		}
		this.jdbc.sql("""
				insert into pending_succession (predecessor_id, successor_id, reason, effective, recorded_at)
				values (:predecessor, :successor, :reason, :effective, :at)
				""")
			.param("predecessor", succession.predecessorId())
			.param("successor", succession.successorId())
			.param("reason", succession.reason())
			.param("effective", succession.effective())
			.param("at", OffsetDateTime.now(this.clock))
			.update();
		log.info("Organisation {} is succeeded by {} on {} ({})", succession.predecessorId(), succession.successorId(),
				succession.effective(), succession.reason());
	}

	/**
	 * Announces every succession whose day has come, each once, in one transaction with
	 * what its listeners change; returns how many.
	 */
	@Scheduled(cron = "${luoshi.organisation.successions.cron:0 5 0 * * *}")
	public int takeEffect() {
		Integer announced = this.transactions.execute((status) -> takeEffectNow());
		return (announced != null) ? announced : 0;
	}

	@EventListener(ApplicationReadyEvent.class)
	void atStartUp() {
		takeEffect();
	}

	private int takeEffectNow() {
		List<Pending> due = this.jdbc.sql("""
				select id, predecessor_id, successor_id, reason, effective from pending_succession
				where effective <= :today order by effective, id
				""")
			.param("today", LocalDate.now(this.clock))
			.query((rs, i) -> new Pending(rs.getLong(1),
					new OrganisationSucceeded(rs.getLong(2), rs.getLong(3), rs.getString(4),
							rs.getObject(5, LocalDate.class))))
			.list();
		int announced = 0;
		for (Pending pending : due) {
			// the delete is the claim: another node that read the same row waits for this
			// one's commit, deletes nothing and announces nothing
			if (this.jdbc.sql("delete from pending_succession where id = :id")
				.param("id", pending.id())
				.update() == 1) {
				this.events.publishEvent(pending.succession());
				announced++;
			}
		}
		return announced;
	}

	private record Pending(long id, OrganisationSucceeded succession) {
	}

}
