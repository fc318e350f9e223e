package org.luoshi.organisation;

/**
 * Refusal: the name, compared after normalisation, is already borne by an organisation,
 * as its name or as an alias, active or not; a name identifies one organisation for ever.
 */
public class NameAlreadyTaken extends OrganisationRefusal {

	private final String name;

	private final String holder;

	public NameAlreadyTaken(String name, String holder) {
		super(Kind.CONFLICT, "name-taken", "The name " + name + " is already borne by " + holder, name, holder);
		this.name = name;
		this.holder = holder;
	}

	public String name() {
		return this.name;
	}

	/** The name the office uses for the organisation that bears it. */
	public String holder() {
		return this.holder;
	}

}
