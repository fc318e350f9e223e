package org.luoshi.reporting.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mail.MailException;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Mails written in the transaction that decided to send them and sent once it has
 * committed, so that a mail never announces what was rolled back. Mails are claimed in
 * batches ({@code FOR UPDATE SKIP LOCKED}) before they are sent, so that two nodes
 * flushing at once share the queue and never send one mail twice; a mail that fails stays
 * to be tried again, up to {@value #ATTEMPTS} times. Without a mail server
 * ({@code spring.mail.host} unset) mails wait here and the in-application notifications
 * are all there is.
 */
@Component
public class MailOutbox {

	static final int ATTEMPTS = 5;

	/** How many mails one claim takes: a batch is sent before the next is claimed. */
	static final int BATCH = 100;

	private static final Duration CLAIM_EXPIRES = Duration.ofMinutes(10);

	private static final Logger log = LoggerFactory.getLogger(MailOutbox.class);

	/** A mail waiting to be sent. */
	record Mail(long id, String recipient, String subject, String body) {
	}

	private final JdbcClient jdbc;

	private final ObjectProvider<JavaMailSender> sender;

	private final ReportingProperties properties;

	private final Clock clock;

	// flushing may run right after another transaction committed, whose connection is
	// still bound: what it writes needs a transaction of its own
	private final TransactionTemplate own;

	MailOutbox(JdbcClient jdbc, ObjectProvider<JavaMailSender> sender, ReportingProperties properties, Clock clock,
			PlatformTransactionManager transactions) {
		this.jdbc = jdbc;
		this.sender = sender;
		this.properties = properties;
		this.clock = clock;
		this.own = new TransactionTemplate(transactions);
		this.own.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
	}

	public void queue(String recipient, String subject, String body, Long notificationId, OffsetDateTime at) {
		this.jdbc.sql("""
				insert into mail_outbox (recipient, subject, body, notification_id, created_at)
				values (:recipient, :subject, :body, :notification, :at)
				""")
			.param("recipient", recipient)
			.param("subject", subject)
			.param("body", body)
			.param("notification", notificationId)
			.param("at", at)
			.update();
	}

	/**
	 * Sends what is waiting, a claimed batch at a time; call it outside any transaction,
	 * after the one that queued the mails committed. Each mail is tried once per flush:
	 * the batches move forward through the queue by id.
	 * @return how many mails went out
	 */
	public int flush() {
		JavaMailSender mail = this.sender.getIfAvailable();
		if (mail == null) {
			return 0;
		}
		int sent = 0;
		long after = 0;
		for (List<Mail> batch = claim(after); !batch.isEmpty(); batch = claim(after)) {
			for (Mail waiting : batch) {
				sent += send(mail, waiting) ? 1 : 0;
			}
			after = batch.get(batch.size() - 1).id();
		}
		return sent;
	}

	public int waitingCount() {
		return this.jdbc.sql("select count(*) from mail_outbox where sent_at is null").query(Integer.class).single();
	}

	/**
	 * Claims the next batch in one short transaction: rows another node is claiming at
	 * this moment are skipped, not waited for, and a claim left by a node that died
	 * expires after {@link #CLAIM_EXPIRES}.
	 */
	private List<Mail> claim(long after) {
		OffsetDateTime now = now();
		List<Mail> claimed = this.own.execute((tx) -> {
			List<Long> ids = this.jdbc.sql("""
					select id from mail_outbox
					where id > :after and sent_at is null and attempts < :attempts
					  and (claimed_at is null or claimed_at < :expired)
					order by id fetch first :batch rows only
					for update skip locked
					""")
				.param("after", after)
				.param("attempts", ATTEMPTS)
				.param("expired", now.minus(CLAIM_EXPIRES))
				.param("batch", BATCH)
				.query(Long.class)
				.list();
			if (ids.isEmpty()) {
				return List.<Mail>of();
			}
			this.jdbc.sql("update mail_outbox set claimed_at = :now, attempts = attempts + 1 where id in (:ids)")
				.param("now", now)
				.param("ids", ids)
				.update();
			return this.jdbc.sql("select id, recipient, subject, body from mail_outbox where id in (:ids) order by id")
				.param("ids", ids)
				.query((rs, i) -> new Mail(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4)))
				.list();
		});
		return (claimed != null) ? claimed : List.of();
	}

	private boolean send(JavaMailSender mail, Mail waiting) {
		try {
			mail.send(message(waiting));
			this.own.executeWithoutResult(
					(tx) -> this.jdbc.sql("update mail_outbox set sent_at = :at, last_error = null where id = :id")
						.param("at", now())
						.param("id", waiting.id())
						.update());
			return true;
		}
		catch (MailException ex) {
			log.warn("Mail {} to {} not sent: {}", waiting.id(), waiting.recipient(), ex.getMessage());
			this.own.executeWithoutResult((tx) -> this.jdbc
				.sql("update mail_outbox set claimed_at = null, last_error = :error where id = :id")
				.param("error", limit(String.valueOf(ex.getMessage())))
				.param("id", waiting.id())
				.update());
			return false;
		}
	}

	private SimpleMailMessage message(Mail mail) {
		SimpleMailMessage message = new SimpleMailMessage();
		message.setFrom(this.properties.mailFrom());
		message.setTo(mail.recipient());
		message.setSubject(mail.subject());
		message.setText(mail.body());
		return message;
	}

	private OffsetDateTime now() {
		return OffsetDateTime.now(this.clock);
	}

	private static String limit(String text) {
		return (text.length() <= 1000) ? text : text.substring(0, 999);
	}

}
