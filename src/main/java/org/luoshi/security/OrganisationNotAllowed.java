package org.luoshi.security;

/** Refusal: the planning office and leaders act for no single organisation. */
public class OrganisationNotAllowed extends UserRefusal {

	private final Role role;

	public OrganisationNotAllowed(Role role) {
		super(Kind.BAD_REQUEST, "organisation-not-allowed",
				"A user in the role " + role.code() + " acts for no organisation", role.code());
		this.role = role;
	}

	public Role role() {
		return this.role;
	}

}
