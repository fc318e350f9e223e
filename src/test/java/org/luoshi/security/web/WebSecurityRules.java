package org.luoshi.security.web;

import java.util.Optional;

import org.luoshi.security.internal.TokenSignIn;
import org.mockito.Mockito;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;

/**
 * The application's real sign-in rules for a {@code @WebMvcTest} slice, which would
 * otherwise get Spring Boot's defaults: {@code @Import(WebSecurityRules.class)}.
 */
@TestConfiguration(proxyBeanMethods = false)
@Import(WebSecurityConfiguration.class)
public class WebSecurityRules {

	/** No token signs anybody in: the slice has no database to look one up in. */
	@Bean
	TokenSignIn tokenSignIn() {
		TokenSignIn tokens = Mockito.mock(TokenSignIn.class);
		Mockito.when(tokens.user(Mockito.anyString())).thenReturn(Optional.empty());
		return tokens;
	}

}
