package org.luoshi.organisation;

/**
 * The directory refused a change or a look-up; each reason has its own subclass, and its
 * message, in English, is for the log only.
 */
public abstract class OrganisationRefusal extends RuntimeException {

	protected OrganisationRefusal(String message) {
		super(message);
	}

}
