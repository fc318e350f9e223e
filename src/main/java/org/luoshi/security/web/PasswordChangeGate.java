package org.luoshi.security.web;

import java.io.IOException;
import java.util.List;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.luoshi.security.PasswordChangeRequired;
import org.luoshi.security.internal.SignedInUser;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Holds back a user whose password somebody else set (the office entering the user or
 * resetting it, the generated first password) until they have chosen their own: pages
 * lead to {@value #PAGE}, and the API answers 403 {@link PasswordChangeRequired} to
 * anything but {@value #API}, whether the user signed in with HTTP Basic or a token.
 */
class PasswordChangeGate extends OncePerRequestFilter {

	static final String PAGE = "/account/password";

	static final String API = "/api/account/password";

	/**
	 * What a held-back user may still open: the change itself, signing out, the frame.
	 */
	private static final List<String> OPEN = List.of(PAGE, "/logout", "/login", "/error", "/css/", "/webjars/",
			"/favicon.ico", "/portal");

	private final ProblemResponses problems;

	PasswordChangeGate(ProblemResponses problems) {
		this.problems = problems;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		if (authentication != null && authentication.getPrincipal() instanceof SignedInUser user
				&& user.passwordChangeRequired()) {
			String path = request.getRequestURI().substring(request.getContextPath().length());
			if (path.equals("/api") || path.startsWith("/api/")) {
				if (!path.equals(API)) {
					this.problems.refuse(request, response, new PasswordChangeRequired(user.getUsername()));
					return;
				}
			}
			else if (OPEN.stream().noneMatch(path::startsWith)) {
				response.sendRedirect(request.getContextPath() + PAGE);
				return;
			}
		}
		chain.doFilter(request, response);
	}

}
