package org.luoshi.plan.web;

import java.security.Principal;

/** Who made a request, for the register's history: the signed-in user's name. */
final class Actors {

	private Actors() {
	}

	static String of(Principal principal) {
		return principal == null ? "anonymous" : principal.getName();
	}

}
