package org.luoshi.organisation;

import java.time.LocalDate;
import java.util.List;

/**
 * Everything the directory knows of one organisation, for its page: names, members if it
 * is a collective, the organisations it succeeded and the one that succeeded it, and its
 * history. {@code version} is what a change must name to be accepted.
 */
public record OrganisationDetails(OrganisationRef organisation, LocalDate activeFrom, LocalDate activeTo, int version,
		List<OrganisationName> names, List<OrganisationRef> members, List<OrganisationRef> predecessors,
		OrganisationRef successor, List<OrganisationChange> history) {

	public OrganisationDetails {
		names = List.copyOf(names);
		members = List.copyOf(members);
		predecessors = List.copyOf(predecessors);
		history = List.copyOf(history);
	}

}
