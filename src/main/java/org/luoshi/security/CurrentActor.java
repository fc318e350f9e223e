package org.luoshi.security;

import java.util.Arrays;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.Collectors;

import org.luoshi.security.internal.SignedInUser;

import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.authentication.AuthenticationCredentialsNotFoundException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/**
 * Who is acting in the current request, for the modules that decide what a user may see
 * or change and that record who changed what.
 */
@Component
public class CurrentActor {

	/**
	 * Who {@link #name()} records for work done outside any request (start-up,
	 * schedules).
	 */
	public static final String SYSTEM = "system";

	/** Who {@link #name()} records for a request from someone not signed in. */
	public static final String ANONYMOUS = "anonymous";

	/** The signed-in user, if the request comes from one. */
	public Optional<Actor> find() {
		return Optional.ofNullable(authentication())
			.map(Authentication::getPrincipal)
			.filter(SignedInUser.class::isInstance)
			.map((principal) -> ((SignedInUser) principal).actor());
	}

	/**
	 * The signed-in user.
	 * @throws AuthenticationCredentialsNotFoundException if nobody is signed in, which
	 * the sign-in rules answer with the sign-in page or a 401
	 */
	public Actor current() {
		return find().orElseThrow(() -> new AuthenticationCredentialsNotFoundException("Nobody is signed in"));
	}

	/**
	 * Lets the action go ahead only for a user in one of the roles: the one check every
	 * module's services make before they act. Work outside any request (start-up, demo
	 * data, schedules) is the application's own and goes ahead; a web request always
	 * carries a user or an anonymous visitor.
	 * @param action what is about to be done, a code with words under
	 * {@code action.<code>}
	 * @return the user, or empty for the application's own work
	 * @throws NotPermitted for a signed-in user in another role
	 * @throws AuthenticationCredentialsNotFoundException for a visitor who has not signed
	 * in
	 */
	public Optional<Actor> requireRole(String action, Role... roles) {
		Authentication authentication = authentication();
		if (authentication == null) {
			return Optional.empty();
		}
		if (authentication instanceof AnonymousAuthenticationToken || !authentication.isAuthenticated()) {
			throw new AuthenticationCredentialsNotFoundException("Nobody is signed in");
		}
		// the roles as granted, as the sign-in rules read them, whoever the principal is
		Set<String> granted = authentication.getAuthorities()
			.stream()
			.map(GrantedAuthority::getAuthority)
			.collect(Collectors.toSet());
		for (Role role : roles) {
			if (granted.contains(role.authority())) {
				return find();
			}
		}
		Role held = Arrays.stream(Role.values())
			.filter((r) -> granted.contains(r.authority()))
			.findFirst()
			.orElse(null);
		throw new NotPermitted(held, action);
	}

	/**
	 * The user name to record as having made a change: the signed-in user's,
	 * {@value #ANONYMOUS} for a visitor who has not signed in, {@value #SYSTEM} outside a
	 * request.
	 */
	public String name() {
		Authentication authentication = authentication();
		if (authentication == null) {
			return SYSTEM;
		}
		return (authentication instanceof AnonymousAuthenticationToken) ? ANONYMOUS : authentication.getName();
	}

	/**
	 * Runs work outside any request (start-up demo data, schedules) as the given actor,
	 * then restores whoever was acting.
	 */
	public <T> T actingAs(Actor actor, Supplier<T> work) {
		SecurityContext previous = SecurityContextHolder.getContext();
		SecurityContext context = SecurityContextHolder.createEmptyContext();
		SignedInUser user = new SignedInUser(actor, null, true);
		context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
		SecurityContextHolder.setContext(context);
		try {
			return work.get();
		}
		finally {
			SecurityContextHolder.setContext(previous);
		}
	}

	private static Authentication authentication() {
		return SecurityContextHolder.getContext().getAuthentication();
	}

}
