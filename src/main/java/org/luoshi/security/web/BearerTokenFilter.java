package org.luoshi.security.web;

import java.io.IOException;
import java.util.Optional;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.luoshi.security.internal.SignedInUser;
import org.luoshi.security.internal.TokenSignIn;

import org.springframework.http.HttpHeaders;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Signs in an {@code /api/**} request that carries {@code Authorization: Bearer <token>}
 * with a personal access token: a hash and a lookup rather than a bcrypt, so that a
 * script's every request costs little. A token that signs nobody in (unknown, revoked,
 * expired, its owner disabled) is answered 401 at once; a request without one goes on to
 * HTTP Basic.
 */
class BearerTokenFilter extends OncePerRequestFilter {

	private static final String BEARER = "Bearer ";

	private final TokenSignIn signIn;

	private final AuthenticationEntryPoint refusal;

	BearerTokenFilter(TokenSignIn signIn, AuthenticationEntryPoint refusal) {
		this.signIn = signIn;
		this.refusal = refusal;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		String header = request.getHeader(HttpHeaders.AUTHORIZATION);
		if (header == null || !header.regionMatches(true, 0, BEARER, 0, BEARER.length())) {
			chain.doFilter(request, response);
			return;
		}
		Optional<SignedInUser> user = this.signIn.user(header.substring(BEARER.length()).strip());
		if (user.isEmpty()) {
			SecurityContextHolder.clearContext();
			this.refusal.commence(request, response, new BadCredentialsException("The token signs nobody in"));
			return;
		}
		SecurityContext context = SecurityContextHolder.createEmptyContext();
		context.setAuthentication(
				UsernamePasswordAuthenticationToken.authenticated(user.get(), null, user.get().getAuthorities()));
		SecurityContextHolder.setContext(context);
		chain.doFilter(request, response);
	}

}
