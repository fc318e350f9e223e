package org.luoshi.reporting.internal;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.support.StaticListableBeanFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.jdbc.test.autoconfigure.JdbcTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mail.MailSendException;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.JavaMailSenderImpl;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The mail outbox on every database it runs on: two nodes flushing at once share the
 * queue batch by batch and send each mail once; a mail that fails is tried once per
 * flush, up to its attempts. Nothing is rolled back here (the outbox commits its claims
 * itself): each test counts only the mails it queued.
 */
@JdbcTest
@Transactional(propagation = Propagation.NOT_SUPPORTED)
abstract class MailOutboxContract {

	@Autowired
	JdbcClient jdbc;

	@Autowired
	PlatformTransactionManager transactions;

	private final Queue<String> delivered = new ConcurrentLinkedQueue<>();

	private String domain;

	@BeforeEach
	void distinctRecipients() {
		this.domain = "@run" + System.nanoTime() + ".example.org";
	}

	@Test
	void twoNodesFlushingAtOnceSendEveryMailOnce() throws Exception {
		int mails = 2 * MailOutbox.BATCH + 50;
		MailOutbox queued = outbox(sender(null));
		new TransactionTemplate(this.transactions).executeWithoutResult((tx) -> {
			for (int i = 0; i < mails; i++) {
				queued.queue("r" + i + this.domain, "subject", "body", null, OffsetDateTime.now());
			}
		});

		CountDownLatch start = new CountDownLatch(1);
		List<CompletableFuture<Integer>> nodes = List.of(1, 2)
			.stream()
			.map((node) -> CompletableFuture.supplyAsync(() -> {
				await(start);
				return outbox(sender(null)).flush();
			}))
			.toList();
		start.countDown();
		nodes.forEach(CompletableFuture::join);

		List<String> mine = this.delivered.stream().filter((to) -> to.endsWith(this.domain)).toList();
		assertThat(mine).hasSize(mails).doesNotHaveDuplicates();
		assertThat(unsent()).isZero();
	}

	@Test
	void aMailThatFailsIsTriedOncePerFlushUpToItsAttempts() {
		String failing = "fails" + this.domain;
		MailOutbox outbox = outbox(sender(failing));
		new TransactionTemplate(this.transactions).executeWithoutResult((tx) -> {
			outbox.queue(failing, "subject", "body", null, OffsetDateTime.now());
			outbox.queue("fine" + this.domain, "subject", "body", null, OffsetDateTime.now());
		});

		for (int flush = 0; flush < MailOutbox.ATTEMPTS + 2; flush++) {
			outbox.flush();
		}

		assertThat(this.delivered).filteredOn((to) -> to.endsWith(this.domain)).containsExactly("fine" + this.domain);
		assertThat(this.jdbc.sql("select attempts from mail_outbox where recipient = :to")
			.param("to", failing)
			.query(Integer.class)
			.single()).isEqualTo(MailOutbox.ATTEMPTS);
		assertThat(unsent()).isEqualTo(1);
	}

	private int unsent() {
		return this.jdbc.sql("select count(*) from mail_outbox where sent_at is null and recipient like :domain")
			.param("domain", "%" + this.domain)
			.query(Integer.class)
			.single();
	}

	private MailOutbox outbox(JavaMailSender sender) {
		StaticListableBeanFactory beans = new StaticListableBeanFactory(Map.of("mail", sender));
		return new MailOutbox(this.jdbc, beans.getBeanProvider(JavaMailSender.class), ReportingProperties.defaults(),
				Clock.systemDefaultZone(), this.transactions);
	}

	// records what it sends; refuses every mail to the failing recipient
	private JavaMailSender sender(String failing) {
		return new JavaMailSenderImpl() {

			@Override
			public void send(SimpleMailMessage... messages) {
				for (SimpleMailMessage message : messages) {
					String to = message.getTo()[0];
					if (to.equals(failing)) {
						throw new MailSendException("refused by the test's mail server");
					}
					MailOutboxContract.this.delivered.add(to);
				}
			}

			@Override
			public void send(SimpleMailMessage message) {
				send(new SimpleMailMessage[] { message });
			}

		};
	}

	private static void await(CountDownLatch latch) {
		try {
			latch.await();
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

}
