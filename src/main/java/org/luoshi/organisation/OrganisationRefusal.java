package org.luoshi.organisation;

import org.luoshi.common.Refusal;

/**
 * The directory refused a change or a look-up: each reason is its own subclass, its text
 * under {@code organisation.problem.<code>} in the message files.
 */
public abstract class OrganisationRefusal extends Refusal {

	protected OrganisationRefusal(Kind kind, String code, String message, Object... arguments) {
		super(kind, "organisation", code, message, arguments);
	}

}
