package org.luoshi.security.web;

import java.security.Principal;

import org.luoshi.organisation.OrganisationDirectory;
import org.luoshi.security.internal.SignedInUser;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/**
 * Puts who is signed in into every page's model as {@code signedIn} (null for a visitor)
 * for the layout's header.
 */
@ControllerAdvice
class SignedInAdvice {

	// absent in test slices that load controllers only
	private final ObjectProvider<OrganisationDirectory> organisations;

	SignedInAdvice(ObjectProvider<OrganisationDirectory> organisations) {
		this.organisations = organisations;
	}

	@ModelAttribute("signedIn")
	SignedIn signedIn(Principal principal) {
		if (principal instanceof Authentication authentication
				&& authentication.getPrincipal() instanceof SignedInUser user) {
			return new SignedIn(user.actor(), this::organisationName);
		}
		return null;
	}

	private String organisationName(long id) {
		OrganisationDirectory directory = this.organisations.getIfAvailable();
		return (directory != null) ? directory.get(id).name() : null;
	}

}
