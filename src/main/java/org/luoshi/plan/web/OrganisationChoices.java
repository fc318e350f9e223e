package org.luoshi.plan.web;

import java.util.Comparator;
import java.util.List;
import java.util.Set;

import org.luoshi.organisation.OrganisationDirectory;

import org.springframework.stereotype.Component;

/**
 * The organisations the office may choose from on the register's pages — mapping a name
 * of a notice, adding one to a task: those acting today, in the order of a Chinese
 * dictionary.
 */
@Component
class OrganisationChoices {

	private final OrganisationDirectory directory;

	OrganisationChoices(OrganisationDirectory directory) {
		this.directory = directory;
	}

	List<AssignmentRoles.Named> organisations() {
		return except(Set.of());
	}

	/** Every organisation acting today but those given. */
	List<AssignmentRoles.Named> except(Set<Long> ids) {
		return this.directory.all()
			.stream()
			.filter((organisation) -> organisation.active() && !ids.contains(organisation.id()))
			.map((organisation) -> new AssignmentRoles.Named(organisation.id(), organisation.name()))
			.sorted(Comparator.comparing(AssignmentRoles.Named::name, AssignmentRoles.CHINESE))
			.toList();
	}

}
