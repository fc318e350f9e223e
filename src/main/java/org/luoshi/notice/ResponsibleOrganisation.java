package org.luoshi.notice;

import java.util.List;

/**
 * An organisation named in a responsibility clause.
 *
 * @param name its name, white space removed (省发展改革委, 各市（州）政府); where a list writes the
 * level once (市城管局、城乡建设委), completed with it (市城乡建设委)
 * @param role what it does for the task
 * @param kind provincial-unit, city-government, … (see {@link OrganisationKinds})
 * @param collective a name that stands for several organisations (各市（州）政府)
 * @param expandsTo the members of a collective name where the importer knows them,
 * otherwise empty
 * @param written the name as the clause writes it (城乡建设委); the same as {@code name}
 * unless the importer completed it
 * @param fromRule not named in the task's own clause but by a rule an earlier clause
 * stated for the tasks after it (以下均需试点城市政府落实，不再列出)
 */
public record ResponsibleOrganisation(String name, ResponsibilityRole role, String kind, boolean collective,
		List<String> expandsTo, String written, boolean fromRule) {

	public ResponsibleOrganisation {
		expandsTo = List.copyOf(expandsTo);
		written = written == null ? name : written;
	}

	/** An organisation named as the clause writes it. */
	public ResponsibleOrganisation(String name, ResponsibilityRole role, String kind, boolean collective,
			List<String> expandsTo) {
		this(name, role, kind, collective, expandsTo, name, false);
	}

	/** The same organisation, carried to a task by a rule an earlier clause stated. */
	public ResponsibleOrganisation carriedByRule() {
		return new ResponsibleOrganisation(name, role, kind, collective, expandsTo, written, true);
	}

	/** Whether the importer completed the written name (市 carried from 市城管局 to 城乡建设委). */
	public boolean completed() {
		return !written.equals(name);
	}

}
