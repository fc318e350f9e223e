package org.luoshi.security;

/**
 * Refusal: the change would leave no enabled planning-office user, and nobody could
 * manage users any more.
 */
public class LastOfficeAccount extends UserRefusal {

	private final String username;

	public LastOfficeAccount(String username) {
		super(Kind.CONFLICT, "last-office", "Disabling or changing " + username + " would leave no enabled office user",
				username);
		this.username = username;
	}

	public String username() {
		return this.username;
	}

}
