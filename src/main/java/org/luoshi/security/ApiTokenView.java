package org.luoshi.security;

import java.time.OffsetDateTime;

/**
 * A personal access token as its owner sees it: its name, the first characters that tell
 * it apart, when it was made, until when it holds, when it was last used and whether it
 * was revoked. Never the token itself.
 */
public record ApiTokenView(long id, String name, String prefix, OffsetDateTime createdAt, OffsetDateTime expiresAt,
		OffsetDateTime lastUsedAt, OffsetDateTime revokedAt) implements java.io.Serializable {

	/** Whether it still signs its owner in at the given time. */
	public boolean usable(OffsetDateTime now) {
		return this.revokedAt == null && this.expiresAt.isAfter(now);
	}

}
