package org.luoshi.security;

/** Refusal: the planning office and leaders act for no single organisation. */
public class OrganisationNotAllowed extends UserRefusal {

	private final Role role;

	public OrganisationNotAllowed(Role role) {
		super("A user in the role " + role.code() + " acts for no organisation");
		this.role = role;
	}

	public Role role() {
		return this.role;
	}

}
