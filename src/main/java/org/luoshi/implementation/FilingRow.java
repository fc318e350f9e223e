package org.luoshi.implementation;

import java.time.OffsetDateTime;

/**
 * One organisation on the office's filing list.
 *
 * @param tasks how many tasks of the plan it carries
 * @param newest the state of its newest version; null when it has written nothing
 * @param filedNumber the version on file; null when none is
 * @param firstFiledAt when it first filed; null when it never has
 * @param late whether it filed after the deadline, or has not filed and the deadline
 * passed
 */
public record FilingRow(long organisationId, String name, int tasks, ImplementationState newest, Integer filedNumber,
		OffsetDateTime firstFiledAt, boolean late, int reminders, int escalations, OffsetDateTime lastReminded) {

	public boolean filed() {
		return this.filedNumber != null;
	}

}
