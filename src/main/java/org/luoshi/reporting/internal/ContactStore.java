package org.luoshi.reporting.internal;

import java.util.List;

import org.luoshi.reporting.Contact;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Where each organisation's reminders and escalations go. */
@Repository
public class ContactStore {

	private final JdbcClient jdbc;

	ContactStore(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public List<Contact> of(long organisationId) {
		return this.jdbc.sql("""
				select email, name, leadership from reporting_contact where organisation_id = :organisation
				order by leadership, id
				""")
			.param("organisation", organisationId)
			.query((rs, i) -> new Contact(rs.getString(1), rs.getString(2), rs.getBoolean(3)))
			.list();
	}

	public void replace(long organisationId, List<Contact> contacts) {
		this.jdbc.sql("delete from reporting_contact where organisation_id = :organisation")
			.param("organisation", organisationId)
			.update();
		contacts.forEach((contact) -> add(organisationId, contact));
	}

	public void add(long organisationId, Contact contact) {
		this.jdbc.sql("""
				insert into reporting_contact (organisation_id, email, name, leadership)
				values (:organisation, :email, :name, :leadership)
				""")
			.param("organisation", organisationId)
			.param("email", contact.email())
			.param("name", contact.name())
			.param("leadership", contact.leadership())
			.update();
	}

	public int count() {
		return this.jdbc.sql("select count(*) from reporting_contact").query(Integer.class).single();
	}

}
