package org.luoshi.security;

import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.authentication.AuthenticationCredentialsNotFoundException;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Who acts, as other modules ask it: the actor's rules and the current actor's name. */
class ActorTests {

	private final CurrentActor actors = new CurrentActor();

	@AfterEach
	void nobodySignedIn() {
		SecurityContextHolder.clearContext();
	}

	@Test
	void aReporterActsForItsOrganisationOnly() {
		Actor reporter = SecurityFixtures.reporterOf(7);

		assertThat(reporter.actsFor(7)).isTrue();
		assertThat(reporter.actsFor(8)).isFalse();
		assertThat(reporter.isOffice()).isFalse();
		assertThat(SecurityFixtures.office().actsFor(7)).isFalse();
		assertThat(SecurityFixtures.leader().isLeader()).isTrue();
	}

	@Test
	void reportersAndApproversNeedAnOrganisationAndNobodyElseHasOne() {
		assertThatThrownBy(() -> new Actor(1, "nongwei", "x", Role.REPORTER, null))
			.isInstanceOf(OrganisationRequired.class);
		assertThatThrownBy(() -> new Actor(1, "checker", "x", Role.APPROVER, null))
			.isInstanceOf(OrganisationRequired.class);
		assertThatThrownBy(() -> new Actor(1, "office", "x", Role.OFFICE, 7L))
			.isInstanceOf(OrganisationNotAllowed.class);
		assertThatThrownBy(() -> new Actor(1, "leader", "x", Role.LEADER, 7L))
			.isInstanceOf(OrganisationNotAllowed.class);
	}

	@Test
	void rolesHaveStableCodesAndAuthorities() {
		assertThat(List.of(Role.values())).extracting(Role::code)
			.containsExactly("office", "reporter", "approver", "leader");
		assertThat(Role.fromCode("approver")).isEqualTo(Role.APPROVER);
		assertThat(Role.OFFICE.authority()).isEqualTo("ROLE_OFFICE");
		assertThatThrownBy(() -> Role.fromCode("admin")).isInstanceOf(UnknownRole.class);
	}

	@Test
	void namesTheSignedInUser() {
		SecurityContextHolder.getContext()
			.setAuthentication(SecurityFixtures.authenticationOf(SecurityFixtures.approverOf(7)));

		assertThat(this.actors.name()).isEqualTo("approver-7");
		assertThat(this.actors.current()).isEqualTo(SecurityFixtures.approverOf(7));
	}

	@Test
	void namesTheSystemOutsideARequestAndTheAnonymousVisitorInOne() {
		assertThat(this.actors.name()).isEqualTo("system");
		assertThat(this.actors.find()).isEmpty();

		SecurityContextHolder.getContext()
			.setAuthentication(new AnonymousAuthenticationToken("key", "anonymousUser",
					List.of(new SimpleGrantedAuthority("ROLE_ANONYMOUS"))));

		assertThat(this.actors.name()).isEqualTo("anonymous");
		assertThatThrownBy(this.actors::current).isInstanceOf(AuthenticationCredentialsNotFoundException.class);
	}

}
