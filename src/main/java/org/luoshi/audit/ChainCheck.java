package org.luoshi.audit;

/**
 * What {@link AuditChain#verify()} found.
 *
 * @param entries how many entries were checked
 * @param brokenAt the id of the first entry whose link does not hold (for a removed tail:
 * the last entry left), null when the chain is intact
 * @param failure why it does not hold, null when intact
 */
public record ChainCheck(long entries, Long brokenAt, Failure failure) {

	/** How a link can fail. */
	public enum Failure {

		/** The entry's content no longer gives its hash: it was changed. */
		ALTERED,
		/**
		 * The entry does not follow the one before it: an entry before it was removed or
		 * rewritten.
		 */
		UNLINKED,
		/**
		 * The chain's head names a later entry than the last one there: the newest
		 * entries were removed.
		 */
		TAIL_REMOVED

	}

	public boolean intact() {
		return this.brokenAt == null && this.failure == null;
	}

}
