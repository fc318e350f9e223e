package org.luoshi.security.web;

import org.luoshi.security.LastOfficeAccount;
import org.luoshi.security.OrganisationNotAllowed;
import org.luoshi.security.OrganisationRequired;
import org.luoshi.security.UnacceptablePassword;
import org.luoshi.security.UnknownOrganisation;
import org.luoshi.security.UserNotFound;
import org.luoshi.security.UserRefusal;
import org.luoshi.security.UsernameInvalid;
import org.luoshi.security.UsernameTaken;

import org.springframework.context.MessageSourceResolvable;
import org.springframework.context.support.DefaultMessageSourceResolvable;

/**
 * The message that explains a refusal to the planning office, for the API's problems and
 * the user administration page alike: key {@code user.problem.<reason>} with the refused
 * value as its argument.
 */
final class UserRefusals {

	private UserRefusals() {
	}

	static MessageSourceResolvable message(UserRefusal refusal) {
		String key;
		Object argument = null;
		if (refusal instanceof UsernameTaken taken) {
			key = "username-taken";
			argument = taken.username();
		}
		else if (refusal instanceof UsernameInvalid invalid) {
			key = "username-invalid";
			argument = invalid.username();
		}
		else if (refusal instanceof OrganisationRequired required) {
			key = "organisation-required";
			argument = required.role().code();
		}
		else if (refusal instanceof OrganisationNotAllowed notAllowed) {
			key = "organisation-not-allowed";
			argument = notAllowed.role().code();
		}
		else if (refusal instanceof UnknownOrganisation unknown) {
			key = "unknown-organisation";
			argument = String.valueOf(unknown.organisationId());
		}
		else if (refusal instanceof UserNotFound notFound) {
			key = "not-found";
			argument = String.valueOf(notFound.id());
		}
		else if (refusal instanceof LastOfficeAccount last) {
			key = "last-office";
			argument = last.username();
		}
		else if (refusal instanceof UnacceptablePassword) {
			key = "password";
			argument = UnacceptablePassword.MIN_LENGTH;
		}
		else {
			key = "other";
		}
		return new DefaultMessageSourceResolvable(new String[] { "user.problem." + key },
				new Object[] { argument, UnacceptablePassword.MAX_BYTES }, refusal.getMessage());
	}

}
