package org.luoshi.organisation;

import java.time.LocalDate;
import java.util.List;

/**
 * What it takes to enter an organisation in the directory: the name the office uses, the
 * full official name if known, other aliases, its kind and region, the day it started
 * acting (null: before the directory knew it) and, for a collective name, its members in
 * order. It is a collective when its kind is {@link OrganisationKind#COLLECTIVE} or it
 * has members.
 */
public record NewOrganisation(String name, String officialName, List<String> aliases, OrganisationKind kind,
		Long regionId, LocalDate activeFrom, List<Long> memberIds) {

	public NewOrganisation {
		aliases = (aliases != null) ? List.copyOf(aliases) : List.of();
		memberIds = (memberIds != null) ? List.copyOf(memberIds) : List.of();
	}

	/** A body that is not a collective, with its official name and aliases. */
	public static NewOrganisation of(String name, OrganisationKind kind, Long regionId, String officialName,
			String... aliases) {
		return new NewOrganisation(name, officialName, List.of(aliases), kind, regionId, null, List.of());
	}

	public boolean collective() {
		return this.kind == OrganisationKind.COLLECTIVE || !this.memberIds.isEmpty();
	}

}
