package org.luoshi.security.web;

import org.luoshi.security.internal.SignInThrottled;
import org.luoshi.security.internal.TokenSignIn;

import java.util.Map;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.security.autoconfigure.web.servlet.PathRequest;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.authorization.AuthenticatedAuthorizationManager;
import org.springframework.security.authorization.SingleResultAuthorizationManager;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.intercept.AuthorizationFilter;
import org.springframework.security.web.authentication.ExceptionMappingAuthenticationFailureHandler;
import org.springframework.security.web.authentication.www.BasicAuthenticationFilter;
import org.springframework.security.web.header.HeaderWriterFilter;
import org.springframework.web.servlet.LocaleResolver;

/**
 * Who may open what. {@code /api/**}: a personal access token ({@code Bearer}) or HTTP
 * Basic with the same accounts, no session, no CSRF token, refusals as problems; reading
 * for every signed-in user, users for the office only, changes to organisations for the
 * office, any other change for the office, reporters and approvers (never a leader).
 * Pages: the sign-in page with a session kept in the database and a CSRF token on every
 * form; sign-in, static files, health, the API description, error pages and the public
 * portal open to all; {@code /admin/**}, the import pages and the forms that correct
 * tasks and change the organisation directory for the office; everything else — reading
 * the register, any organisation's tasks — for any signed-in user. These rules only keep
 * strangers away early: every module's services decide again who may act (see
 * {@link org.luoshi.security.CurrentActor#requireRole}).
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
class WebSecurityConfiguration {

	static final String[] PUBLIC_PAGES = { "/login", "/error", "/webjars/**", "/actuator/health", "/actuator/health/**",
			"/portal/**" };

	/**
	 * The API description and Swagger UI: for signed-in users, or for anybody with
	 * {@code luoshi.security.public-api-docs=true}.
	 */
	static final String[] API_DOCS = { "/v3/api-docs", "/v3/api-docs/**", "/swagger-ui.html", "/swagger-ui/**" };

	@Bean
	ProblemResponses apiProblemResponses(MessageSource messages, LocaleResolver locales) {
		return new ProblemResponses(messages, locales);
	}

	@Bean
	@Order(1)
	SecurityFilterChain apiSecurity(HttpSecurity http, ProblemResponses problems, ObjectProvider<TokenSignIn> tokens) {
		// a personal access token first: a hash lookup, where HTTP Basic costs a bcrypt
		// (a web test slice without the token store signs in with Basic only)
		tokens.ifAvailable((signIn) -> http.addFilterBefore(new BearerTokenFilter(signIn, problems),
				BasicAuthenticationFilter.class));
		return http.securityMatcher("/api/**")
			// a change a browser sends from another site is refused before any sign-in
			.addFilterBefore(new CrossSiteApiFilter(problems), BasicAuthenticationFilter.class)
			.addFilterBefore(new PasswordChangeGate(problems), AuthorizationFilter.class)
			.authorizeHttpRequests((requests) -> requests
				.requestMatchers("/api/tokens", "/api/tokens/**", "/api/account/**")
				// every signed-in user keeps their own tokens and password,
				// leaders too
				.authenticated()
				.requestMatchers("/api/users/**")
				.hasRole("OFFICE")
				.requestMatchers(HttpMethod.GET, "/api/**")
				.authenticated()
				.requestMatchers(HttpMethod.HEAD, "/api/**")
				.authenticated()
				.requestMatchers("/api/organisations/**")
				.hasRole("OFFICE")
				// a leader reads everything and decides the office's revised
				// targets
				.requestMatchers(HttpMethod.POST, "/api/target-revisions/*/approve", "/api/target-revisions/*/return")
				.hasRole("LEADER")
				.anyRequest()
				.hasAnyRole("OFFICE", "REPORTER", "APPROVER"))
			.httpBasic((basic) -> basic.realmName(ProblemResponses.REALM).authenticationEntryPoint(problems))
			.exceptionHandling(
					(exceptions) -> exceptions.authenticationEntryPoint(problems).accessDeniedHandler(problems))
			// scripts sign in with every request; a session cookie would only be scraped
			.sessionManagement((sessions) -> sessions.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
			// no cookie signs an API request in, and a change sent from another site with
			// the Basic credentials a browser remembers is refused (CrossSiteApiFilter):
			// no CSRF token to fetch first
			.csrf((csrf) -> csrf.disable())
			.build();
	}

	/** Pages only the planning office may open, whatever the method. */
	static final String[] OFFICE_PAGES = { "/admin/**", "/imports", "/imports/**" };

	/** Forms that correct the register or change the directory: the office posts them. */
	static final String[] OFFICE_FORMS = { "/tasks/*/text", "/tasks/*/organisations", "/tasks/*/organisations/remove",
			"/tasks/*/lead", "/organisations", "/organisations/*/aliases", "/organisations/*/rename",
			"/organisations/*/merge" };

	@Bean
	@Order(2)
	SecurityFilterChain pageSecurity(HttpSecurity http, ProblemResponses problems,
			@Value("${luoshi.security.public-api-docs:false}") boolean publicApiDocs) {
		ExceptionMappingAuthenticationFailureHandler failures = new ExceptionMappingAuthenticationFailureHandler();
		failures.setDefaultFailureUrl("/login?error");
		// too many failures of the user name or from the address: said so, not "wrong"
		failures.setExceptionMappings(Map.of(LockedException.class.getName(), "/login?locked",
				SignInThrottled.class.getName(), "/login?locked"));
		return http.addFilterBefore(new ContentSecurityPolicyFilter(), HeaderWriterFilter.class)
			.addFilterBefore(new PasswordChangeGate(problems), AuthorizationFilter.class)
			.authorizeHttpRequests(
					(requests) -> requests.requestMatchers(PathRequest.toStaticResources().atCommonLocations())
						.permitAll()
						.requestMatchers(PUBLIC_PAGES)
						.permitAll()
						.requestMatchers(API_DOCS)
						.access(publicApiDocs ? SingleResultAuthorizationManager.permitAll()
								: AuthenticatedAuthorizationManager.authenticated())
						.requestMatchers(OFFICE_PAGES)
						.hasRole("OFFICE")
						.requestMatchers(HttpMethod.POST, OFFICE_FORMS)
						.hasRole("OFFICE")
						.anyRequest()
						.authenticated())
			.formLogin((form) -> form.loginPage("/login").failureHandler(failures).permitAll())
			.exceptionHandling((exceptions) -> exceptions.accessDeniedHandler(new ExpiredFormHandler()))
			.logout((logout) -> logout.logoutSuccessUrl("/login?logout").permitAll())
			.build();
	}

}
