package org.luoshi.security.web;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Import;

/**
 * The application's real sign-in rules for a {@code @WebMvcTest} slice, which would
 * otherwise get Spring Boot's defaults: {@code @Import(WebSecurityRules.class)}.
 */
@TestConfiguration(proxyBeanMethods = false)
@Import(WebSecurityConfiguration.class)
public class WebSecurityRules {

}
