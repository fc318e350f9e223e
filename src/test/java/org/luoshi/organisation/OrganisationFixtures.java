package org.luoshi.organisation;

import java.util.List;

import org.luoshi.organisation.internal.RegionCatalogue;
import org.luoshi.organisation.internal.RegionStore;

/** Organisations as the tests enter them, named for what they are. */
final class OrganisationFixtures {

	static final String OFFICE = "planning-office";

	private OrganisationFixtures() {
	}

	static NewOrganisation department(String name, String officialName, String... aliases) {
		return NewOrganisation.of(name, OrganisationKind.GOVERNMENT_DEPARTMENT, null, officialName, aliases);
	}

	static NewOrganisation departmentIn(long regionId, String name) {
		return NewOrganisation.of(name, OrganisationKind.GOVERNMENT_DEPARTMENT, regionId, null);
	}

	static NewOrganisation verticalAgency(String name, String officialName) {
		return NewOrganisation.of(name, OrganisationKind.CENTRAL_VERTICAL_AGENCY, null, officialName);
	}

	static NewOrganisation cityGovernment(String name) {
		return NewOrganisation.of(name, OrganisationKind.CITY_GOVERNMENT, null, null);
	}

	static NewOrganisation collectiveOf(String name, OrganisationKind kind, List<Long> members) {
		return new NewOrganisation(name, null, List.of(), kind, null, null, members);
	}

	/** Enters Jilin and its cities as regions and gives the id of the province. */
	static long jilin(RegionStore regions) {
		regions.ensure(RegionCatalogue.load().provinceOf("吉林省").orElseThrow());
		return regions.idOf("吉林省").orElseThrow();
	}

}
