package org.luoshi.security.internal;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.luoshi.security.NewUser;
import org.luoshi.security.Role;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Lets an installation without demo data be signed in to: while nobody can sign in, a
 * start with {@code --luoshi.security.first-office-password=…} enters the planning
 * office's user {@value #USERNAME} with that password. Runs after the demo logins, so it
 * does nothing where they exist.
 */
@Component
@Order(DemoUsersRunner.ORDER + 1)
class FirstOfficeUser implements ApplicationRunner {

	static final String USERNAME = "office";

	private static final Log log = LogFactory.getLog(FirstOfficeUser.class);

	private final UserStore users;

	private final Accounts accounts;

	private final String password;

	FirstOfficeUser(UserStore users, Accounts accounts,
			@Value("${luoshi.security.first-office-password:}") String password) {
		this.users = users;
		this.accounts = accounts;
		this.password = password;
	}

	@Override
	public void run(ApplicationArguments args) {
		if (!this.password.isEmpty() && this.users.count() == 0) {
			this.accounts.create(new NewUser(USERNAME, null, this.password, Role.OFFICE, null), "first-start");
			log.info("Entered the planning office's first user " + USERNAME);
		}
	}

}
