package org.luoshi.security.internal;

import java.time.OffsetDateTime;
import java.util.Optional;

import jakarta.servlet.http.HttpServletRequest;
import org.luoshi.security.SignInRecorded;
import org.luoshi.security.SignInRecorded.Outcome;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * Checks a user name and password — the sign-in page's and HTTP Basic's — unless the user
 * name or the client address is locked after too many failures ({@link SignInAttempts});
 * counts failures, clears them on success, and records sign-ins in the audit log: every
 * refusal, every sign-in on the page, a script's Basic sign-ins once an hour.
 */
@Component
public class ThrottledSignIn implements AuthenticationProvider {

	private final DaoAuthenticationProvider passwords;

	private final SignInAttempts attempts;

	private final ApplicationEventPublisher events;

	ThrottledSignIn(AccountDetailsService accounts, PasswordEncoder encoder, SignInAttempts attempts,
			ApplicationEventPublisher events) {
		this.passwords = new DaoAuthenticationProvider(accounts);
		this.passwords.setPasswordEncoder(encoder);
		this.attempts = attempts;
		this.events = events;
	}

	@Override
	public Authentication authenticate(Authentication authentication) {
		String username = authentication.getName();
		String address = address(authentication);
		Optional<OffsetDateTime> lockedUntil = this.attempts.lockedUntil(username, address);
		if (lockedUntil.isPresent()) {
			this.events.publishEvent(new SignInRecorded(username, address, Outcome.THROTTLED));
			throw new SignInThrottled(lockedUntil.get().toInstant());
		}
		Authentication signedIn;
		try {
			signedIn = this.passwords.authenticate(authentication);
		}
		catch (AuthenticationException ex) {
			this.attempts.failed(username, address);
			this.events.publishEvent(new SignInRecorded(username, address, Outcome.FAILED));
			throw ex;
		}
		if (this.attempts.succeeded(username) || !api()) {
			this.events.publishEvent(new SignInRecorded(username, address, Outcome.SUCCEEDED));
		}
		return signedIn;
	}

	@Override
	public boolean supports(Class<?> authentication) {
		return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
	}

	private static String address(Authentication authentication) {
		if (authentication.getDetails() instanceof WebAuthenticationDetails details) {
			return details.getRemoteAddress();
		}
		HttpServletRequest request = request();
		return (request != null) ? request.getRemoteAddr() : "unknown";
	}

	private static boolean api() {
		HttpServletRequest request = request();
		return request != null && request.getRequestURI().startsWith(request.getContextPath() + "/api/");
	}

	private static HttpServletRequest request() {
		return (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes)
				? attributes.getRequest() : null;
	}

}
