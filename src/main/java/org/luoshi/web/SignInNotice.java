package org.luoshi.web;

import java.util.List;

import org.springframework.stereotype.Component;

/**
 * Says how to sign in. Until the security module exists there is nothing to sign in to;
 * that module replaces this notice with its demo logins.
 */
@Component
class SignInNotice implements StartupNotice {

	@Override
	public List<String> lines() {
		return List.of("Demo logins: none yet - sign-in arrives with the web-application issue; every page is open.");
	}

}
