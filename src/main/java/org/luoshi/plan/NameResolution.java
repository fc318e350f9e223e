package org.luoshi.plan;

/**
 * A responsible organisation's name as the notice writes it, and the organisation of the
 * directory it stands for; {@code organisationId} is null while the office has not
 * decided.
 *
 * @param writtenName the name as written (省发改委)
 * @param organisationId the organisation it resolves or was mapped to, or null
 * @param organisationName that organisation's name in the directory
 * @param mapped the office chose the organisation rather than the directory finding it
 */
public record NameResolution(String writtenName, Long organisationId, String organisationName, boolean mapped) {

	public boolean unknown() {
		return organisationId == null;
	}

}
