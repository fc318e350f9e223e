package org.luoshi.plan;

import org.luoshi.common.ComparedText;

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

	/** Whether nothing narrows the list. */
	public boolean isEmpty() {
		return comparedWords() == null && organisationId == null && chapter == null && role == null;
	}

	/** The words in their compared form, or null when no words narrow the list. */
	public String comparedWords() {
		return words == null || words.isBlank() ? null : ComparedText.of(words);
	}

}
