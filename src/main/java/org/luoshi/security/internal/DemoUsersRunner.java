package org.luoshi.security.internal;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.luoshi.organisation.OrganisationDirectory;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Enters the demo logins at start-up when {@code luoshi.demo.enabled=true}, after the
 * demo organisations they act for; a user table that holds anybody is left alone.
 */
@Component
@ConditionalOnBooleanProperty("luoshi.demo.enabled")
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
		int entered = this.demo.load();
		if (entered > 0) {
			log.info("Entered " + entered + " demo logins in the empty user table");
		}
	}

}
