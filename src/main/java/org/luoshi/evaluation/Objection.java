package org.luoshi.evaluation;

import java.time.OffsetDateTime;

/**
 * An organisation's objection to its score and the office's answer (null until given).
 */
public record Objection(long id, long organisationId, String comment, String filedBy, OffsetDateTime filedAt,
		String answer, String answeredBy, OffsetDateTime answeredAt) {

	public boolean answered() {
		return this.answer != null;
	}

}
