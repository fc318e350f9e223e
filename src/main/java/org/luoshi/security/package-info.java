/**
 * Who may sign in and what they may do: users, their {@link Role} and the organisation a
 * reporter or approver acts for; signing in with the sign-in page (a session kept in the
 * database) or, for {@code /api/**}, with HTTP Basic; and the user administration that
 * only the planning office may use. Other modules learn who is acting from
 * {@link CurrentActor}, and their services decide who may act, refusing with
 * {@link NotPermitted} through {@link CurrentActor#requireRole}. It depends on
 * {@code organisation}, because users act for organisations referred to by id, named
 * through {@link org.luoshi.organisation.OrganisationDirectory}; and on the shared
 * {@code common}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Security",
		allowedDependencies = { "organisation", "common" })
package org.luoshi.security;
