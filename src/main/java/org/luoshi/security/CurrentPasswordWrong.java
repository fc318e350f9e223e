package org.luoshi.security;

/**
 * Refusal: changing one's own password takes the current one, and the one given is not
 * it.
 */
public class CurrentPasswordWrong extends UserRefusal {

	public CurrentPasswordWrong() {
		super(Kind.INVALID, "current-password", "The current password given is wrong");
	}

}
