package org.luoshi.organisation;

import java.util.Arrays;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/**
 * What kind of body an organisation is, with the stable lower-case code used in data
 * files and the API. A collective name whose members are all of one kind (各市（州）政府) takes
 * that kind; {@link #COLLECTIVE} is for collectives of mixed kinds (各有关部门).
 */
public enum OrganisationKind {

	GOVERNMENT_DEPARTMENT("government-department"),

	PARTY_ORGAN("party-organ"),

	COURT_OR_PROCURATORATE("court-or-procuratorate"),

	PROVINCIAL_GOVERNMENT("provincial-government"),

	CITY_GOVERNMENT("city-government"),

	COUNTY_GOVERNMENT("county-government"),

	STATE_ENTERPRISE("state-enterprise"),

	ASSOCIATION("association"),

	/** A national agency with provincial branches: tax, meteorology, customs. */
	CENTRAL_VERTICAL_AGENCY("central-vertical-agency"),

	/** The administrative committee of a development or protection zone (管委会). */
	DEVELOPMENT_ZONE_COMMITTEE("development-zone-committee"),

	COLLECTIVE("collective");

	private final String code;

	OrganisationKind(String code) {
		this.code = code;
	}

	@JsonValue
	public String code() {
		return this.code;
	}

	/** The kind with this code; refuses a code that names no kind. */
	@JsonCreator
	public static OrganisationKind fromCode(String code) {
		return Arrays.stream(values())
			.filter((kind) -> kind.code.equals(code))
			.findFirst()
			.orElseThrow(() -> new UnknownOrganisationKind(code));
	}

}
