package org.luoshi.security;

/**
 * Refusal: a reporter or an approver acts for exactly one organisation, and none was
 * given.
 */
public class OrganisationRequired extends UserRefusal {

	private final Role role;

	public OrganisationRequired(Role role) {
		super(Kind.BAD_REQUEST, "organisation-required",
				"A user in the role " + role.code() + " must act for an organisation", role.code());
		this.role = role;
	}

	public Role role() {
		return this.role;
	}

}
