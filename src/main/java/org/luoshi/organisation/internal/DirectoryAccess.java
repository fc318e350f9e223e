package org.luoshi.organisation.internal;

import org.luoshi.organisation.NotTheOffice;

import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/**
 * Who may change the directory, decided in its service for the pages, the API, the
 * importer and any other caller alike: the planning office, and the application's own
 * work outside any request (demo data at start-up, reforms taking effect on their day).
 * Everybody signed in reads it. The security module depends on this one (users act for
 * organisations), so the role is read from the signed-in user's authorities rather than
 * through it.
 */
@Component
public class DirectoryAccess {

	static final String OFFICE = "ROLE_OFFICE";

	/**
	 * @throws NotTheOffice for anybody but the planning office
	 */
	public void change() {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		if (authentication == null) {
			return;
		}
		boolean office = !(authentication instanceof AnonymousAuthenticationToken) && authentication.isAuthenticated()
				&& authentication.getAuthorities()
					.stream()
					.map(GrantedAuthority::getAuthority)
					.anyMatch(OFFICE::equals);
		if (!office) {
			throw new NotTheOffice(authentication.getName());
		}
	}

}
