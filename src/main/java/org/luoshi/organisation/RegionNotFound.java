package org.luoshi.organisation;

/** Refusal: no region has this id. */
public class RegionNotFound extends OrganisationRefusal {

	private final long id;

	public RegionNotFound(long id) {
		super(Kind.NOT_FOUND, "region-not-found", "No region has the id " + id, String.valueOf(id));
		this.id = id;
	}

	public long id() {
		return this.id;
	}

}
