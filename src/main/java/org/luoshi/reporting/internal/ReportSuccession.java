package org.luoshi.reporting.internal;

import org.luoshi.organisation.OrganisationSucceeded;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * When a rename or merger takes effect, the successor carries on the predecessor's
 * reports that are not yet accepted, with everything written in them, becomes the lead
 * that consolidates the tasks the predecessor led, and gets its reporting contacts unless
 * it has its own. Accepted reports stay with the organisation that wrote them. Where the
 * successor already has a report in the same cycle (a merger), the predecessor's stays as
 * it is, for the office to receive or return.
 */
@Component
class ReportSuccession {

	private static final Logger log = LoggerFactory.getLogger(ReportSuccession.class);

	private final JdbcClient jdbc;

	ReportSuccession(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@TransactionalEventListener(phase = TransactionPhase.BEFORE_COMMIT)
	void on(OrganisationSucceeded event) {
		int reports = this.jdbc.sql("""
				update progress_report set organisation_id = :successor, version = version + 1
				where organisation_id = :predecessor and state <> 'accepted'
				and not exists (select 1 from progress_report o
				                where o.cycle_id = progress_report.cycle_id and o.organisation_id = :successor)
				""").param("successor", event.successorId()).param("predecessor", event.predecessorId()).update();
		this.jdbc.sql("""
				update report_entry set lead_organisation_id = :successor
				where lead_organisation_id = :predecessor
				and report_id in (select id from progress_report where state <> 'accepted')
				""").param("successor", event.successorId()).param("predecessor", event.predecessorId()).update();
		this.jdbc.sql("""
				insert into reporting_contact (organisation_id, email, name, leadership)
				select :successor, c.email, c.name, c.leadership from reporting_contact c
				where c.organisation_id = :predecessor
				and not exists (select 1 from reporting_contact o where o.organisation_id = :successor)
				""").param("successor", event.successorId()).param("predecessor", event.predecessorId()).update();
		log.info("{} open reports of organisation {} carried on by {} ({})", reports, event.predecessorId(),
				event.successorId(), event.reason());
	}

}
