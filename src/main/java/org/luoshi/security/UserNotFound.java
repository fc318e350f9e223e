package org.luoshi.security;

/** Refusal: no user has this id. */
public class UserNotFound extends UserRefusal {

	private final long id;

	public UserNotFound(long id) {
		super("No user has the id " + id);
		this.id = id;
	}

	public long id() {
		return this.id;
	}

}
