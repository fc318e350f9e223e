package org.luoshi.security;

import org.luoshi.organisation.OrganisationDirectoryBeans;
import org.luoshi.security.internal.Accounts;
import org.luoshi.security.internal.SessionEnder;
import org.luoshi.security.internal.UserHistoryStore;
import org.luoshi.security.internal.UserStore;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * The user administration, its stores and the organisation directory, for slice tests.
 */
@TestConfiguration(proxyBeanMethods = false)
@Import({ OrganisationDirectoryBeans.class, Users.class, CurrentActor.class, Accounts.class, UserStore.class,
		UserHistoryStore.class, SessionEnder.class })
public class UserAdministrationBeans {

	@Bean
	PasswordEncoder passwordEncoder() {
		return PasswordEncoderFactories.createDelegatingPasswordEncoder();
	}

}
