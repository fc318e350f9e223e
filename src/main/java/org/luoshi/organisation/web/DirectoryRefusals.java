package org.luoshi.organisation.web;

import org.luoshi.organisation.CannotMergeIntoItself;
import org.luoshi.organisation.NameAlreadyTaken;
import org.luoshi.organisation.NameIsBlank;
import org.luoshi.organisation.OrganisationInactive;
import org.luoshi.organisation.OrganisationNotFound;
import org.luoshi.organisation.OrganisationRefusal;
import org.luoshi.organisation.RegionNotFound;
import org.luoshi.organisation.SuccessionBeforeStart;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;

/**
 * The directory's refusals in the reader's language for its pages, with the same texts
 * the API's problem details use.
 */
final class DirectoryRefusals {

	private DirectoryRefusals() {
	}

	static String message(MessageSource messages, OrganisationRefusal refusal) {
		String key;
		Object[] arguments;
		if (refusal instanceof NameAlreadyTaken taken) {
			key = "name-taken";
			arguments = new Object[] { taken.name(), taken.holder() };
		}
		else if (refusal instanceof OrganisationInactive inactive) {
			key = "inactive";
			arguments = new Object[] { inactive.name(), String.valueOf(inactive.activeTo()) };
		}
		else if (refusal instanceof CannotMergeIntoItself itself) {
			key = "merge-into-itself";
			arguments = new Object[] { String.valueOf(itself.id()) };
		}
		else if (refusal instanceof SuccessionBeforeStart early) {
			key = "succession-before-start";
			arguments = new Object[] { String.valueOf(early.id()), String.valueOf(early.effective()),
					String.valueOf(early.activeFrom()) };
		}
		else if (refusal instanceof OrganisationNotFound missing) {
			key = "not-found";
			arguments = new Object[] { String.valueOf(missing.id()) };
		}
		else if (refusal instanceof RegionNotFound missing) {
			key = "region-not-found";
			arguments = new Object[] { String.valueOf(missing.id()) };
		}
		else {
			key = (refusal instanceof NameIsBlank) ? "name-blank" : "other";
			arguments = new Object[0];
		}
		return messages.getMessage("organisation.problem." + key, arguments, LocaleContextHolder.getLocale());
	}

}
