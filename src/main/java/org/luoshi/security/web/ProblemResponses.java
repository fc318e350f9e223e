package org.luoshi.security.web;

import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.luoshi.common.Refusal;
import org.luoshi.security.internal.SignInThrottled;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.context.MessageSource;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.util.StringUtils;
import org.springframework.web.servlet.LocaleResolver;

/**
 * Answers an {@code /api/**} request that is not signed in (401, with a Bearer challenge,
 * never Basic) or not allowed (403) with an RFC 9457 problem in the reader's language, as
 * the shared problem handler answers everything past sign-in.
 */
class ProblemResponses implements AuthenticationEntryPoint, AccessDeniedHandler {

	static final String REALM = "Luoshi";

	private static final JsonMapper json = JsonMapper.builder().build();

	private final MessageSource messages;

	private final LocaleResolver locales;

	ProblemResponses(MessageSource messages, LocaleResolver locales) {
		this.messages = messages;
		this.locales = locales;
	}

	@Override
	public void commence(HttpServletRequest request, HttpServletResponse response,
			AuthenticationException authException) throws IOException {
		// a Bearer challenge, never Basic: a Basic challenge makes a browser ask for a
		// password and then send it with every request, from any site; scripts send Basic
		// credentials without being asked
		if (authException instanceof SignInThrottled throttled) {
			// the password was not even checked: the client is told when to try again,
			// not that its credentials are wrong
			long seconds = Math.max(1, Duration.between(Instant.now(), throttled.until()).toSeconds() + 1);
			response.setHeader(HttpHeaders.RETRY_AFTER, String.valueOf(seconds));
			write(request, response, HttpStatus.TOO_MANY_REQUESTS);
			return;
		}
		response.setHeader(HttpHeaders.WWW_AUTHENTICATE, "Bearer realm=\"" + REALM + "\"");
		write(request, response, HttpStatus.UNAUTHORIZED);
	}

	@Override
	public void handle(HttpServletRequest request, HttpServletResponse response,
			AccessDeniedException accessDeniedException) throws IOException {
		write(request, response, HttpStatus.FORBIDDEN);
	}

	/**
	 * Answers a request refused before it reaches the application (held back, cross-site,
	 * throttled) as the shared problem handler answers a refusal: its text in the
	 * reader's language, its class under {@code refusal} and its code.
	 */
	void refuse(HttpServletRequest request, HttpServletResponse response, Refusal refusal) throws IOException {
		HttpStatus status = HttpStatus.valueOf(refusal.kind().status());
		Locale locale = locale(request);
		write(request, response, status, this.messages.getMessage(refusal, locale),
				Map.of("refusal", refusal.getClass().getSimpleName(), "code", refusal.code()));
	}

	private void write(HttpServletRequest request, HttpServletResponse response, HttpStatus status) throws IOException {
		write(request, response, status, message("problem.detail." + status.value(), null, locale(request)), Map.of());
	}

	private void write(HttpServletRequest request, HttpServletResponse response, HttpStatus status, String detail,
			Map<String, Object> properties) throws IOException {
		Locale locale = locale(request);
		Map<String, Object> problem = new LinkedHashMap<>();
		problem.put("type", "about:blank");
		problem.put("title", message("problem.title." + status.value(), status.getReasonPhrase(), locale));
		problem.put("status", status.value());
		problem.put("detail", detail);
		problem.put("instance", request.getRequestURI());
		problem.putAll(properties);
		response.setStatus(status.value());
		response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
		json.writeValue(response.getOutputStream(), problem);
	}

	// the language switch's ?lang= is read by Spring MVC, which a refused request never
	// reaches
	private Locale locale(HttpServletRequest request) {
		String lang = request.getParameter("lang");
		if (StringUtils.hasText(lang)) {
			try {
				return StringUtils.parseLocale(lang);
			}
			catch (IllegalArgumentException ex) {
				// a mistyped language falls back to the remembered one
			}
		}
		return this.locales.resolveLocale(request);
	}

	private String message(String code, String fallback, Locale locale) {
		return this.messages.getMessage(code, null, fallback, locale);
	}

}
