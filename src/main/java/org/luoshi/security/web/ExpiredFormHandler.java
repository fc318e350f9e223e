package org.luoshi.security.web;

import java.io.IOException;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.AuthenticationTrustResolver;
import org.springframework.security.authentication.AuthenticationTrustResolverImpl;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.security.web.access.AccessDeniedHandlerImpl;
import org.springframework.security.web.csrf.CsrfException;

/**
 * A form sent after its session ran out (the sign-in page left open overnight) carries a
 * CSRF token nobody knows any more: the visitor is sent to sign in again with a word of
 * explanation. A signed-in user without a valid token, or without the right role, gets
 * the 403 error page.
 */
class ExpiredFormHandler implements AccessDeniedHandler {

	private final AuthenticationTrustResolver trust = new AuthenticationTrustResolverImpl();

	private final AccessDeniedHandler forbidden = new AccessDeniedHandlerImpl();

	@Override
	public void handle(HttpServletRequest request, HttpServletResponse response,
			AccessDeniedException accessDeniedException) throws IOException, ServletException {
		if (accessDeniedException instanceof CsrfException && !signedIn()) {
			response.sendRedirect(request.getContextPath() + "/login?expired");
			return;
		}
		this.forbidden.handle(request, response, accessDeniedException);
	}

	private boolean signedIn() {
		return this.trust.isAuthenticated(SecurityContextHolder.getContext().getAuthentication());
	}

}
