package org.luoshi.notice;

import java.util.List;

/**
 * An organisation named in a responsibility clause.
 *
 * @param name the name as written, white space removed (省发展改革委, 各市（州）政府)
 * @param role what it does for the task
 * @param kind provincial-unit, city-government, … (see {@link OrganisationKinds})
 * @param collective a name that stands for several organisations (各市（州）政府)
 * @param expandsTo the members of a collective name where the importer knows them,
 * otherwise empty
 */
public record ResponsibleOrganisation(String name, ResponsibilityRole role, String kind, boolean collective,
		List<String> expandsTo) {

	public ResponsibleOrganisation {
		expandsTo = List.copyOf(expandsTo);
	}

}
