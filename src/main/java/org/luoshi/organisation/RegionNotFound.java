package org.luoshi.organisation;

/** Refusal: no region has this id. */
public class RegionNotFound extends OrganisationRefusal {

	private final long id;

	public RegionNotFound(long id) {
		super("No region has the id " + id);
		this.id = id;
	}

	public long id() {
		return this.id;
	}

}
