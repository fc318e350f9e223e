package org.luoshi.organisation;

/** Refusal: the successor of a merger is also listed among its predecessors. */
public class CannotMergeIntoItself extends OrganisationRefusal {

	private final long id;

	public CannotMergeIntoItself(long id) {
		super("Organisation " + id + " cannot be merged into itself");
		this.id = id;
	}

	public long id() {
		return this.id;
	}

}
