package org.luoshi.security;

/** Refusal: no organisation in the directory has the id the user was to act for. */
public class UnknownOrganisation extends UserRefusal {

	private final long organisationId;

	public UnknownOrganisation(long organisationId) {
		super(Kind.BAD_REQUEST, "unknown-organisation", "No organisation has the id " + organisationId,
				String.valueOf(organisationId));
		this.organisationId = organisationId;
	}

	public long organisationId() {
		return this.organisationId;
	}

}
