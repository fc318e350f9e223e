package org.luoshi.security;

/** Refusal: no organisation in the directory has the id the user was to act for. */
public class UnknownOrganisation extends UserRefusal {

	private final long organisationId;

	public UnknownOrganisation(long organisationId) {
		super("No organisation has the id " + organisationId);
		this.organisationId = organisationId;
	}

	public long organisationId() {
		return this.organisationId;
	}

}
