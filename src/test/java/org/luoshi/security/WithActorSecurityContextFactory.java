package org.luoshi.security;

import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.test.context.support.WithSecurityContextFactory;

/** Builds the security context of {@link WithActor}. */
class WithActorSecurityContextFactory implements WithSecurityContextFactory<WithActor> {

	@Override
	public SecurityContext createSecurityContext(WithActor annotation) {
		SecurityContext context = SecurityContextHolder.createEmptyContext();
		context.setAuthentication(SecurityFixtures.authenticationOf(SecurityFixtures.actor(annotation.value(),
				annotation.username().isEmpty() ? annotation.value().code() : annotation.username(),
				annotation.organisation())));
		return context;
	}

}
