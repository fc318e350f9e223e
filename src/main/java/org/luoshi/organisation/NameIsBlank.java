package org.luoshi.organisation;

/**
 * Refusal: a name with nothing left once white space and private-use characters are
 * removed.
 */
public class NameIsBlank extends OrganisationRefusal {

	public NameIsBlank() {
		super("A name must have at least one visible character");
	}

}
