package org.luoshi.security.internal;

import java.security.SecureRandom;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.luoshi.security.NewUser;
import org.luoshi.security.Role;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Lets an installation that is no demonstration be signed in to: while no enabled
 * planning-office user exists, a start enters one ({@value #USERNAME}, or the first free
 * {@code office-2}, {@code office-3}… where a retired demo login keeps that name) with a
 * password generated from a secure random source. The console shows it once, when the
 * server is up; it must be changed at the first sign-in. It is never read from the
 * command line, where {@code ps} would show it to anybody on the machine. Runs after the
 * demo logins, so it does nothing where they exist. A command run against the database
 * ({@code audit verify}) switches it off
 * ({@code luoshi.security.first-office-user=false}): it has no console page to show the
 * password on and must not write.
 */
@Component
@ConditionalOnProperty(name = "luoshi.security.first-office-user", havingValue = "true", matchIfMissing = true)
@Order(DemoUsersRunner.ORDER + 1)
class FirstOfficeUser implements ApplicationRunner {

	static final String USERNAME = "office";

	static final String ACTOR = "first-start";

	// no 0/O, 1/l/I: the operator copies it from a console
	private static final char[] ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789".toCharArray();

	private static final int LENGTH = 20;

	private static final SecureRandom random = new SecureRandom();

	private static final Log log = LogFactory.getLog(FirstOfficeUser.class);

	private final UserStore users;

	private final Accounts accounts;

	private final DemoUsers demo;

	private final AtomicReference<Credentials> generated = new AtomicReference<>();

	private final boolean passwordGiven;

	FirstOfficeUser(UserStore users, Accounts accounts, DemoUsers demo,
			@Value("${luoshi.security.first-office-password:#{null}}") String passwordGiven) {
		this.users = users;
		this.accounts = accounts;
		this.demo = demo;
		this.passwordGiven = passwordGiven != null;
	}

	/** A user name and the password generated for it. */
	record Credentials(String username, String password) {

		@Override
		public String toString() {
			return "Credentials[" + this.username + ", …]";
		}

	}

	@Override
	public void run(ApplicationArguments args) {
		if (this.passwordGiven) {
			log.warn("luoshi.security.first-office-password is no longer read and was ignored: a password on the "
					+ "command line is visible to anybody on the machine. The first office password is generated and "
					+ "shown once on the console; remove the option");
		}
		if (this.demo.active() || this.users.countEnabled(Role.OFFICE) > 0) {
			return;
		}
		String username = freeName();
		String password = generate();
		this.accounts.create(new NewUser(username, null, password, Role.OFFICE, null), ACTOR);
		this.generated.set(new Credentials(username, password));
		log.info("Entered the planning office's first user " + username
				+ "; its password is printed on the console once the server is up");
	}

	/**
	 * The user name and password entered at this start, handed out once: the console
	 * prints them and nothing keeps them.
	 */
	Optional<Credentials> take() {
		return Optional.ofNullable(this.generated.getAndSet(null));
	}

	private String freeName() {
		String name = USERNAME;
		for (int n = 2; this.users.findByUsername(name).isPresent(); n++) {
			name = USERNAME + "-" + n;
		}
		return name;
	}

	static String generate() {
		StringBuilder password = new StringBuilder(LENGTH);
		for (int i = 0; i < LENGTH; i++) {
			password.append(ALPHABET[random.nextInt(ALPHABET.length)]);
		}
		return password.toString();
	}

}
