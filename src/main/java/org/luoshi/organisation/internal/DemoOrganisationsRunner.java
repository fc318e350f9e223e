package org.luoshi.organisation.internal;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.luoshi.organisation.OrganisationDirectory;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Fills an empty directory with the demo organisations at start-up when
 * {@code luoshi.demo.enabled=true}, before the demo notice is imported; a directory that
 * holds anything is left alone.
 */
@Component
@ConditionalOnBooleanProperty("luoshi.demo.enabled")
@Order(OrganisationDirectory.DEMO_ORDER)
class DemoOrganisationsRunner implements ApplicationRunner {

	private static final Log log = LogFactory.getLog(DemoOrganisationsRunner.class);

	private final OrganisationStore organisations;

	private final DemoOrganisations demo;

	DemoOrganisationsRunner(OrganisationStore organisations, DemoOrganisations demo) {
		this.organisations = organisations;
		this.demo = demo;
	}

	@Override
	public void run(ApplicationArguments args) {
		if (this.organisations.count() == 0) {
			log.info("Entered " + this.demo.load() + " demo organisations in the empty directory");
		}
	}

}
