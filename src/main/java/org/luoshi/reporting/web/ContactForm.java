package org.luoshi.reporting.web;

import org.luoshi.reporting.Contact;

/**
 * An address reminders and escalations go to; {@code leadership} (default false) marks
 * the organisation's leadership, who receive escalations only.
 */
record ContactForm(String email, String name, Boolean leadership) {

	Contact contact() {
		return new Contact(this.email, this.name, Boolean.TRUE.equals(this.leadership));
	}

}
