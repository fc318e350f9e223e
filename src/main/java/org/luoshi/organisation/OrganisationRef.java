package org.luoshi.organisation;

/**
 * An organisation as other modules see it: its id, the name the office uses, its kind,
 * whether it is a collective name, whether it acts today, and its region.
 */
public record OrganisationRef(long id, String name, OrganisationKind kind, boolean collective, boolean active,
		Long regionId) {
}
