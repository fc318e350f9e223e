package org.luoshi.security;

import java.time.Instant;

/**
 * One change in a user's history: what happened (created, role-changed, password-reset,
 * disabled, enabled), the value before and after, who did it and when. A password reset
 * records no value.
 */
public record UserChange(String event, String previousValue, String newValue, String actor, Instant at) {
}
