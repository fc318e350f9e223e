package org.luoshi.security.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.luoshi.common.StartupNotice;
import org.luoshi.security.internal.DemoUsers.Login;
import org.luoshi.security.internal.FirstOfficeUser.Credentials;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * Tells the operator on the console how to sign in: the demo logins and their password in
 * a demonstration, or the planning office's first user and its generated password once,
 * at the start that entered it.
 */
@Component
class SignInNotice implements StartupNotice {

	private final DemoUsers demo;

	// absent where no server runs (a command against the database)
	private final ObjectProvider<FirstOfficeUser> first;

	SignInNotice(DemoUsers demo, ObjectProvider<FirstOfficeUser> first) {
		this.demo = demo;
		this.first = first;
	}

	@Override
	public List<String> lines() {
		FirstOfficeUser firstUser = this.first.getIfAvailable();
		Optional<Credentials> entered = (firstUser != null) ? firstUser.take() : Optional.empty();
		if (entered.isPresent()) {
			return List.of("The planning office's first user was entered: " + entered.get().username(),
					"  password " + entered.get().password(),
					"Shown this once and kept nowhere: sign in and choose your own password now.");
		}
		List<Login> present = this.demo.active() ? this.demo.present() : List.of();
		if (present.isEmpty()) {
			return List.of();
		}
		List<String> lines = new ArrayList<>();
		lines.add("DEMONSTRATION - never enter real data. Demo logins (password " + DemoUsers.PASSWORD + "):");
		for (Login login : present) {
			String organisation = (login.organisation() != null) ? " of " + login.organisation() : "";
			lines.add(String.format("  %-17s %s%s", login.username(), login.role().code(), organisation));
		}
		return lines;
	}

}
