package org.luoshi.notice;

/**
 * The kinds the importer tells apart from a name alone; the organisation directory
 * refines them.
 */
public final class OrganisationKinds {

	public static final String CENTRAL_UNIT = "central-unit";

	public static final String PROVINCIAL_UNIT = "provincial-unit";

	public static final String MUNICIPAL_UNIT = "municipal-unit";

	public static final String COUNTY_UNIT = "county-unit";

	public static final String PROVINCIAL_GOVERNMENT = "provincial-government";

	public static final String CITY_GOVERNMENT = "city-government";

	public static final String COUNTY_GOVERNMENT = "county-government";

	private OrganisationKinds() {
	}

}
