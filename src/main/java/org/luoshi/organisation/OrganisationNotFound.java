package org.luoshi.organisation;

/** Refusal: no organisation has this id. */
public class OrganisationNotFound extends OrganisationRefusal {

	private final long id;

	public OrganisationNotFound(long id) {
		super(Kind.NOT_FOUND, "not-found", "No organisation has the id " + id, String.valueOf(id));
		this.id = id;
	}

	public long id() {
		return this.id;
	}

}
