package org.luoshi.organisation;

/** Refusal: a kind code that names no {@link OrganisationKind}. */
public class UnknownOrganisationKind extends IllegalArgumentException {

	private final String code;

	public UnknownOrganisationKind(String code) {
		super("No organisation kind has the code " + code);
		this.code = code;
	}

	public String code() {
		return this.code;
	}

}
