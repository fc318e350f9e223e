package org.luoshi.security;

import java.util.function.Supplier;

import org.luoshi.security.internal.SignedInUser;

import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.Authentication;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;

/**
 * Signed-in users as the tests need them, each with the principal a real sign-in gives:
 * {@code mvc.perform(get("/").with(SecurityFixtures.signedInAs(SecurityFixtures.leader())))}.
 */
public final class SecurityFixtures {

	private SecurityFixtures() {
	}

	public static Actor office() {
		return new Actor(1, "office", "规划办", Role.OFFICE, null);
	}

	public static Actor leader() {
		return new Actor(4, "leader", "省政府领导", Role.LEADER, null);
	}

	public static Actor reporterOf(long organisationId) {
		return new Actor(2, "reporter-" + organisationId, "填报人", Role.REPORTER, organisationId);
	}

	public static Actor approverOf(long organisationId) {
		return new Actor(3, "approver-" + organisationId, "审核人", Role.APPROVER, organisationId);
	}

	static Actor actor(Role role, String username, long organisation) {
		return new Actor(1, username, username, role, role.actsForAnOrganisation() ? organisation : null);
	}

	/** The authentication a sign-in of this actor leaves in the security context. */
	public static Authentication authenticationOf(Actor actor) {
		SignedInUser user = new SignedInUser(actor, null, true);
		return UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities());
	}

	/** Runs the work as the actor, then restores who was acting. */
	public static <T> T as(Actor actor, Supplier<T> work) {
		SecurityContext previous = SecurityContextHolder.getContext();
		SecurityContext context = SecurityContextHolder.createEmptyContext();
		context.setAuthentication(authenticationOf(actor));
		SecurityContextHolder.setContext(context);
		try {
			return work.get();
		}
		finally {
			SecurityContextHolder.setContext(previous);
		}
	}

	/** A MockMvc request made by this actor. */
	public static RequestPostProcessor signedInAs(Actor actor) {
		return authentication(authenticationOf(actor));
	}

}
