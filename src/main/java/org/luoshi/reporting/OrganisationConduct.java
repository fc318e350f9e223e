package org.luoshi.reporting;

/**
 * How one organisation reported in a cycle, as the responsibility assessment scores it:
 * its kind (a city government is assessed apart from provincial departments), its
 * timeliness, how complete its report was, how often the office returned it and how often
 * the office pressed it to report (督办).
 *
 * @param kind the organisation's kind code in the directory ({@code city-government}…)
 * @param entries the tasks its report accounts for itself (own or as lead)
 * @param entriesWithStatus those given a status in a report that was sent
 * @param returned times the planning office sent its report back for correction
 * @param escalations escalations (督办) the office sent it in the cycle
 */
public record OrganisationConduct(long organisationId, String organisationName, String kind, Timeliness timeliness,
		int entries, int entriesWithStatus, int returned, int escalations) {

	/** The kind code of a city (prefecture) government. */
	public static final String CITY = "city-government";

	public boolean city() {
		return CITY.equals(this.kind);
	}

}
