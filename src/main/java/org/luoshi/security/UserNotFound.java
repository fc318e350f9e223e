package org.luoshi.security;

/** Refusal: no user has this id. */
public class UserNotFound extends UserRefusal {

	private final long id;

	public UserNotFound(long id) {
		super(Kind.NOT_FOUND, "not-found", "No user has the id " + id, String.valueOf(id));
		this.id = id;
	}

	public long id() {
		return this.id;
	}

}
