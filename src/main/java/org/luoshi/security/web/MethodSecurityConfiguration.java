package org.luoshi.security.web;

import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;

/**
 * Services guard themselves with {@code @PreAuthorize} whether they are called from a
 * page, the API or a job: method security holds in every application context, web or not.
 */
@Configuration(proxyBeanMethods = false)
@EnableMethodSecurity
class MethodSecurityConfiguration {

}
