package org.luoshi.reporting.internal;

import org.luoshi.organisation.OrganisationDirectory;
import org.luoshi.organisation.OrganisationRef;
import org.luoshi.reporting.Contact;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Demo data: gives every organisation of the demo directory a reporting contact
 * ({@code reports-<id>@example.org}) and a leadership address
 * ({@code leaders-<id>@example.org}), so that reminders and escalations have somewhere to
 * go. Only an empty contact table is filled.
 */
@Component
@ConditionalOnBooleanProperty("luoshi.demo.enabled")
@Order(OrganisationDirectory.DEMO_ORDER + 20)
class DemoContacts implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(DemoContacts.class);

	private final ContactStore contacts;

	private final OrganisationDirectory directory;

	DemoContacts(ContactStore contacts, OrganisationDirectory directory) {
		this.contacts = contacts;
		this.directory = directory;
	}

	/** The demo address of an organisation's reporting contact. */
	static String reportsAddress(long organisationId) {
		return "reports-" + organisationId + "@example.org";
	}

	/** The demo address of an organisation's leadership. */
	static String leadersAddress(long organisationId) {
		return "leaders-" + organisationId + "@example.org";
	}

	@Override
	@Transactional
	public void run(ApplicationArguments args) {
		if (this.contacts.count() > 0) {
			return;
		}
		int added = 0;
		for (OrganisationRef organisation : this.directory.all()) {
			if (organisation.collective()) {
				continue;
			}
			this.contacts.add(organisation.id(), new Contact(reportsAddress(organisation.id()), null, false));
			this.contacts.add(organisation.id(), new Contact(leadersAddress(organisation.id()), null, true));
			added++;
		}
		log.info("Demo reporting contacts for {} organisations", added);
	}

}
