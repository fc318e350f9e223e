package org.luoshi.testing;

import java.util.function.Supplier;

import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Runs a test's set-up as the application's own work (start-up, demo data), outside any
 * signed-in user, whoever the test itself signs in as.
 */
public final class AsTheApplication {

	private AsTheApplication() {
	}

	public static <T> T run(Supplier<T> work) {
		SecurityContext previous = SecurityContextHolder.getContext();
		SecurityContextHolder.clearContext();
		try {
			return work.get();
		}
		finally {
			SecurityContextHolder.setContext(previous);
		}
	}

}
