package org.luoshi.reporting;

import java.util.List;
import java.util.regex.Pattern;

import org.luoshi.organisation.OrganisationDirectory;
import org.luoshi.reporting.internal.Access;
import org.luoshi.reporting.internal.ContactStore;
import org.luoshi.security.Actor;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Where an organisation's reminders and escalations go: its reporting contacts and its
 * leadership. Its own users and the office read them; the office changes them.
 */
@Service
@Transactional(readOnly = true)
public class ReportingContacts {

	private static final Pattern ADDRESS = Pattern.compile("^[^@\\s]{1,64}@[^@\\s]+\\.[^@\\s]+$");

	private final ContactStore contacts;

	private final OrganisationDirectory directory;

	private final Access access;

	private final ApplicationEventPublisher events;

	ReportingContacts(ContactStore contacts, OrganisationDirectory directory, Access access,
			ApplicationEventPublisher events) {
		this.contacts = contacts;
		this.directory = directory;
		this.access = access;
		this.events = events;
	}

	public List<Contact> of(long organisationId) {
		Actor actor = this.access.actor();
		if (!actor.isOffice() && !actor.isLeader() && !actor.actsFor(organisationId)) {
			throw new ReportingRefusal.NotYourOrganisation(organisationId);
		}
		this.directory.get(organisationId);
		return this.contacts.of(organisationId);
	}

	/**
	 * @throws CycleRefusal.ContactAddressInvalid for an address that cannot be one
	 */
	@Transactional
	public List<Contact> replace(long organisationId, List<Contact> contacts) {
		Actor office = this.access.office(Step.RUN_CYCLE);
		this.directory.get(organisationId);
		java.util.Map<String, Contact> byAddress = new java.util.LinkedHashMap<>();
		for (Contact c : contacts) {
			String email = (c.email() != null) ? c.email().strip() : "";
			byAddress.putIfAbsent(email.toLowerCase(java.util.Locale.ROOT),
					new Contact(email, blankToNull(c.name()), c.leadership()));
		}
		List<Contact> cleaned = List.copyOf(byAddress.values());
		cleaned.stream().filter((c) -> !ADDRESS.matcher(c.email()).matches()).findFirst().ifPresent((c) -> {
			throw new CycleRefusal.ContactAddressInvalid(c.email());
		});
		this.contacts.replace(organisationId, cleaned);
		this.events.publishEvent(new ContactsChanged(organisationId, cleaned.size(), office.username()));
		return this.contacts.of(organisationId);
	}

	private static String blankToNull(String text) {
		return (text == null || text.isBlank()) ? null : text.strip();
	}

}
