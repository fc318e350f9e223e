package org.luoshi.security.web;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/**
 * Loads the CSRF token before a page is rendered. The token lives in the session, and a
 * long page (a plan tree, a dashboard) can fill the response buffer and commit the
 * response before the first form asks for the token — too late to create a session then.
 */
@ControllerAdvice
class CsrfTokenAdvice {

	@ModelAttribute
	void loadCsrfToken(HttpServletRequest request) {
		if (request.getAttribute(CsrfToken.class.getName()) instanceof CsrfToken token) {
			token.getToken();
		}
	}

}
