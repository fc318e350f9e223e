package org.luoshi.security.web;

import java.io.IOException;
import java.util.Set;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.luoshi.security.CrossSiteRequest;

import org.springframework.http.HttpHeaders;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The API's defence against requests forged by other sites, in place of a CSRF token: a
 * change ({@code POST}, {@code PUT}, {@code PATCH}, {@code DELETE}) that does not carry a
 * {@code Bearer} token is refused with {@link CrossSiteRequest} when the browser says it
 * comes from another site — {@code Sec-Fetch-Site} other than {@code same-origin} or
 * {@code none}, or an {@code Origin} that is not this server's. Scripts (curl, Python)
 * send neither header and pass; a browser can only be made to send remembered Basic
 * credentials or cookies, never a token. Runs before any sign-in, so a forged request
 * does not even count as a failed one.
 */
class CrossSiteApiFilter extends OncePerRequestFilter {

	private static final Set<String> SAFE = Set.of("GET", "HEAD", "OPTIONS", "TRACE");

	private static final Set<String> OWN_SITE = Set.of("same-origin", "none");

	private final ProblemResponses problems;

	CrossSiteApiFilter(ProblemResponses problems) {
		this.problems = problems;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		if (!SAFE.contains(request.getMethod()) && !bearer(request)) {
			String site = request.getHeader("Sec-Fetch-Site");
			String origin = request.getHeader(HttpHeaders.ORIGIN);
			if ((site != null && !OWN_SITE.contains(site)) || (origin != null && !ownOrigin(request, origin))) {
				this.problems.refuse(request, response, new CrossSiteRequest((origin != null) ? origin : site));
				return;
			}
		}
		chain.doFilter(request, response);
	}

	private static boolean bearer(HttpServletRequest request) {
		String authorization = request.getHeader(HttpHeaders.AUTHORIZATION);
		return authorization != null && authorization.regionMatches(true, 0, "Bearer ", 0, 7);
	}

	// the scheme, host and port the request came to, as forwarded headers give them
	private static boolean ownOrigin(HttpServletRequest request, String origin) {
		try {
			var given = UriComponentsBuilder.fromUriString(origin).build();
			return request.getScheme().equalsIgnoreCase(given.getScheme())
					&& request.getServerName().equalsIgnoreCase(given.getHost())
					&& port(request.getScheme(), request.getServerPort()) == port(given.getScheme(), given.getPort());
		}
		catch (IllegalArgumentException ex) {
			// "null" from a sandboxed frame or a file, or nonsense
			return false;
		}
	}

	private static int port(String scheme, int port) {
		if (port != -1) {
			return port;
		}
		return "https".equalsIgnoreCase(scheme) ? 443 : 80;
	}

}
