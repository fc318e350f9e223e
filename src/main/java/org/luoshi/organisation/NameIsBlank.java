package org.luoshi.organisation;

/**
 * Refusal: a name with nothing left once white space and private-use characters are
 * removed.
 */
public class NameIsBlank extends OrganisationRefusal {

	public NameIsBlank() {
		super(Kind.BAD_REQUEST, "name-blank", "A name must have at least one visible character");
	}

}
