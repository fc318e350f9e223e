package org.luoshi.organisation;

/**
 * Refusal: only the planning office enters organisations and records their aliases,
 * renames and mergers.
 */
public class NotTheOffice extends OrganisationRefusal {

	public NotTheOffice(String user) {
		super(Kind.FORBIDDEN, "not-the-office", user + " may not change the directory");
	}

}
