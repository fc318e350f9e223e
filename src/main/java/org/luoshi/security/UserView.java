package org.luoshi.security;

import java.time.Instant;

/**
 * A user as the user administration lists it; never with the password or its hash.
 */
public record UserView(long id, String username, String displayName, Role role, Long organisationId, boolean enabled,
		int version, Instant createdAt, String createdBy) {
}
