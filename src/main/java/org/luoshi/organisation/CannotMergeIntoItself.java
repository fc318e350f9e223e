package org.luoshi.organisation;

/** Refusal: the successor of a merger is also listed among its predecessors. */
public class CannotMergeIntoItself extends OrganisationRefusal {

	private final long id;

	public CannotMergeIntoItself(long id) {
		super(Kind.BAD_REQUEST, "merge-into-itself", "Organisation " + id + " cannot be merged into itself",
				String.valueOf(id));
		this.id = id;
	}

	public long id() {
		return this.id;
	}

}
