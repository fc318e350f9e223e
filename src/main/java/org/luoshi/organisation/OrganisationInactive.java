package org.luoshi.organisation;

import java.time.LocalDate;

/**
 * Refusal: the organisation has been renamed or merged into another and can no longer be
 * renamed, merged or succeeded into.
 */
public class OrganisationInactive extends OrganisationRefusal {

	private final long id;

	private final String name;

	private final LocalDate activeTo;

	public OrganisationInactive(long id, String name, LocalDate activeTo) {
		super(Kind.CONFLICT, "inactive", "Organisation " + id + " (" + name + ") stopped acting on " + activeTo, name,
				String.valueOf(activeTo));
		this.id = id;
		this.name = name;
		this.activeTo = activeTo;
	}

	public long id() {
		return this.id;
	}

	public String name() {
		return this.name;
	}

	public LocalDate activeTo() {
		return this.activeTo;
	}

}
