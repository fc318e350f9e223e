package org.luoshi.security.web;

import java.io.IOException;
import java.security.SecureRandom;
import java.util.Base64;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Tells the browser to run only the application's own scripts: those served from here
 * ({@code /webjars}, the static files) and the inline scripts of our templates, which
 * carry this request's nonce ({@code th:nonce="${cspNonce}"}). An injected
 * {@code <script>}, an inline event handler ({@code onclick=…}) or a {@code javascript:}
 * link does not run. Styles may be inline (charts and htmx set them); no page may be
 * framed by another site.
 */
class ContentSecurityPolicyFilter extends OncePerRequestFilter {

	/** The request attribute, and template variable, that holds the nonce. */
	static final String NONCE = "cspNonce";

	private static final SecureRandom random = new SecureRandom();

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		byte[] bytes = new byte[18];
		random.nextBytes(bytes);
		String nonce = Base64.getEncoder().encodeToString(bytes);
		request.setAttribute(NONCE, nonce);
		response.setHeader("Content-Security-Policy", policy(nonce));
		chain.doFilter(request, response);
	}

	static String policy(String nonce) {
		return "default-src 'self'; script-src 'self' 'nonce-" + nonce + "'; style-src 'self' 'unsafe-inline'; "
				+ "img-src 'self' data:; font-src 'self' data:; connect-src 'self'; object-src 'none'; "
				+ "base-uri 'self'; form-action 'self'; frame-ancestors 'none'";
	}

}
