package org.luoshi.security.web;

/** One user as the user administration page lists it. */
public record UserRow(long id, String username, String displayName, String roleCode, String organisationName,
		boolean enabled) {
}
