package org.luoshi.security.internal;

import java.util.ArrayList;
import java.util.List;

import org.luoshi.common.StartupNotice;
import org.luoshi.security.internal.DemoUsers.Login;

import org.springframework.stereotype.Component;

/**
 * Tells the operator on the console how to sign in: the demo logins and their password
 * while they exist, or how to enter the first user when nobody can sign in.
 */
@Component
class SignInNotice implements StartupNotice {

	private final DemoUsers demo;

	private final UserStore users;

	SignInNotice(DemoUsers demo, UserStore users) {
		this.demo = demo;
		this.users = users;
	}

	@Override
	public List<String> lines() {
		if (this.users.count() == 0) {
			return List.of("Nobody can sign in yet: start once with --luoshi.security.first-office-password=...",
					"to enter the planning office's user '" + FirstOfficeUser.USERNAME + "'.");
		}
		List<Login> present = this.demo.present();
		if (present.isEmpty()) {
			return List.of();
		}
		List<String> lines = new ArrayList<>();
		lines.add("Demo logins (password " + DemoUsers.PASSWORD + "):");
		for (Login login : present) {
			String organisation = (login.organisation() != null) ? " of " + login.organisation() : "";
			lines.add(String.format("  %-17s %s%s", login.username(), login.role().code(), organisation));
		}
		return lines;
	}

}
