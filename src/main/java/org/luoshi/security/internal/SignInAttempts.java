package org.luoshi.security.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Locale;
import java.util.Optional;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Counts failed sign-ins per user name and per client address in the database
 * ({@code sign_in_attempt}), so that every node of a cluster throttles alike: after
 * {@code luoshi.security.sign-in.max-failures} failures of a user name (or
 * {@code max-address-failures} of an address) within
 * {@code luoshi.security.sign-in.window}, the key is locked for
 * {@code luoshi.security.sign-in.lock}, and sign-ins under it are refused unchecked.
 */
@Component
public class SignInAttempts {

	private final JdbcClient jdbc;

	private final Clock clock;

	private final int maxFailures;

	private final int maxAddressFailures;

	private final Duration window;

	private final Duration lock;

	private final Duration successRecord = Duration.ofHours(1);

	SignInAttempts(JdbcClient jdbc, Clock clock, @Value("${luoshi.security.sign-in.max-failures:5}") int maxFailures,
			@Value("${luoshi.security.sign-in.max-address-failures:20}") int maxAddressFailures,
			@Value("${luoshi.security.sign-in.window:PT15M}") Duration window,
			@Value("${luoshi.security.sign-in.lock:PT15M}") Duration lock) {
		this.jdbc = jdbc;
		this.clock = clock;
		this.maxFailures = maxFailures;
		this.maxAddressFailures = maxAddressFailures;
		this.window = window;
		this.lock = lock;
	}

	static String userKey(String username) {
		return "user:" + ((username != null) ? username.strip().toLowerCase(Locale.ROOT) : "");
	}

	static String addressKey(String address) {
		return "address:" + ((address != null) ? address : "unknown");
	}

	/**
	 * Until when sign-ins under the user name or from the address are refused, if they
	 * are refused now.
	 */
	@Transactional(readOnly = true)
	public Optional<OffsetDateTime> lockedUntil(String username, String address) {
		OffsetDateTime now = now();
		return this.jdbc.sql(
				"select max(locked_until) from sign_in_attempt where attempt_key in (:user, :address) and locked_until > :now")
			.param("user", limit(userKey(username)))
			.param("address", limit(addressKey(address)))
			.param("now", now)
			.query((rs, n) -> rs.getObject(1, OffsetDateTime.class))
			.optional();
	}

	/**
	 * Counts a failure of the user name and of the address, locking either at its limit.
	 */
	@Transactional(propagation = Propagation.REQUIRES_NEW)
	public void failed(String username, String address) {
		count(limit(userKey(username)), this.maxFailures);
		count(limit(addressKey(address)), this.maxAddressFailures);
	}

	/**
	 * Clears the user name's failures.
	 * @return whether this success is to be recorded in the audit log: the first for an
	 * hour
	 */
	@Transactional(propagation = Propagation.REQUIRES_NEW)
	public boolean succeeded(String username) {
		String key = limit(userKey(username));
		OffsetDateTime now = now();
		// a script signs in with every request: nothing to write while nothing failed and
		// the last success was recorded within the hour
		boolean recent = this.jdbc.sql("""
				select count(*) from sign_in_attempt where attempt_key = :key and failures = 0 and locked_until is null
				  and last_success_at > :since""")
			.param("key", key)
			.param("since", now.minus(this.successRecord))
			.query(Long.class)
			.single() > 0;
		if (recent) {
			return false;
		}
		insert(key);
		Optional<OffsetDateTime> last = row(key).map(Row::lastSuccess);
		this.jdbc.sql("""
				update sign_in_attempt set failures = 0, locked_until = null, last_success_at = :now
				where attempt_key = :key""").param("now", now).param("key", key).update();
		return last.isEmpty() || last.get() == null
				|| last.get().toInstant().isBefore(now.toInstant().minus(this.successRecord));
	}

	/**
	 * Forgets the user names and addresses that neither failed nor signed in for a day
	 * and are not locked: every guessed name leaves a row, which nothing else removes.
	 * Run on every node; deleting twice does no harm.
	 * @return how many were forgotten
	 */
	@Scheduled(cron = "${luoshi.security.sign-in.purge-cron:0 17 * * * *}")
	@Transactional
	public int purge() {
		OffsetDateTime now = now();
		return this.jdbc.sql("""
				delete from sign_in_attempt
				where (locked_until is null or locked_until < :now)
				  and (last_failure_at is null or last_failure_at < :since)
				  and (last_success_at is null or last_success_at < :since)""")
			.param("now", now)
			.param("since", now.minus(Duration.ofDays(1)))
			.update();
	}

	private void count(String key, int max) {
		OffsetDateTime now = now();
		insert(key);
		Row current = row(key).orElseThrow();
		Instant windowStart = now.toInstant().minus(this.window);
		int failures = (current.lastFailure() == null || current.lastFailure().toInstant().isBefore(windowStart)) ? 1
				: current.failures() + 1;
		OffsetDateTime lockedUntil = (failures >= max) ? now.plus(this.lock) : current.lockedUntil();
		this.jdbc.sql("""
				update sign_in_attempt set failures = :failures, last_failure_at = :now, locked_until = :locked
				where attempt_key = :key""")
			.param("failures", failures)
			.param("now", now)
			.param("locked", lockedUntil)
			.param("key", key)
			.update();
	}

	// locks the row until the transaction ends, so that two nodes count one after the
	// other
	private Optional<Row> row(String key) {
		return this.jdbc.sql("""
				select failures, last_failure_at, locked_until, last_success_at from sign_in_attempt
				where attempt_key = :key for update""")
			.param("key", key)
			.query((rs, n) -> new Row(rs.getInt(1), rs.getObject(2, OffsetDateTime.class),
					rs.getObject(3, OffsetDateTime.class), rs.getObject(4, OffsetDateTime.class)))
			.optional();
	}

	// another node may enter it at the same time: one insert wins, both count on it
	private void insert(String key) {
		this.jdbc.sql("insert into sign_in_attempt (attempt_key, failures) values (:key, 0) on conflict do nothing")
			.param("key", key)
			.update();
	}

	private OffsetDateTime now() {
		return OffsetDateTime.ofInstant(this.clock.instant(), ZoneOffset.UTC);
	}

	private static String limit(String key) {
		return (key.length() <= 200) ? key : key.substring(0, 200);
	}

	private record Row(int failures, OffsetDateTime lastFailure, OffsetDateTime lockedUntil,
			OffsetDateTime lastSuccess) {
	}

}
