package org.luoshi.security.internal;

import java.util.List;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.luoshi.organisation.OrganisationDirectory;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * At start-up: in a demonstration, enters the demo logins after the demo organisations
 * they act for (a user table that holds anybody is left alone); on any other start
 * (PostgreSQL, or the demo switched off) retires the demo logins an earlier demo start
 * left.
 */
@Component
@Order(DemoUsersRunner.ORDER)
class DemoUsersRunner implements ApplicationRunner {

	static final int ORDER = OrganisationDirectory.DEMO_ORDER + 5;

	private static final Log log = LogFactory.getLog(DemoUsersRunner.class);

	private final DemoUsers demo;

	DemoUsersRunner(DemoUsers demo) {
		this.demo = demo;
	}

	@Override
	public void run(ApplicationArguments args) {
		if (this.demo.active()) {
			int entered = this.demo.load();
			if (entered > 0) {
				log.info("Entered " + entered + " demo logins in the empty user table");
			}
			return;
		}
		List<String> retired = this.demo.retireLeftovers();
		if (!retired.isEmpty()) {
			log.warn("This start is no demonstration: disabled the demo logins " + retired
					+ " an earlier demo start left, their password made unusable");
		}
	}

}
