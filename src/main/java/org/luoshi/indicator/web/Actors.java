package org.luoshi.indicator.web;

import java.security.Principal;

/**
 * Who made a request, for the history of figures and decompositions: the signed-in user's
 * name.
 */
final class Actors {

	private Actors() {
	}

	static String of(Principal principal) {
		return (principal == null) ? "anonymous" : principal.getName();
	}

}
