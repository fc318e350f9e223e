package org.luoshi.plan;

/**
 * What to look for among a plan's tasks; null fields do not filter.
 *
 * @param words words the task text must contain (compared after normalisation)
 * @param organisationId an organisation that answers for the task
 * @param chapter the chapter number
 * @param role the organisation's role (needs {@code organisationId}), or any
 * organisation's role when alone
 */
public record TaskFilter(String words, Long organisationId, Integer chapter, String role) {

	public static TaskFilter none() {
		return new TaskFilter(null, null, null, null);
	}

}
