package org.luoshi.indicator.web;

/**
 * The version a change names in its If-Match header: the ETag the client read. A change
 * without one is refused (428), so that nobody overwrites what they have not seen.
 */
final class IfMatch {

	private IfMatch() {
	}

	static int version(String header) {
		if (header == null || header.isBlank()) {
			throw new Required();
		}
		String value = header.replace("W/", "").replace("\"", "").strip();
		try {
			return Integer.parseInt(value);
		}
		catch (NumberFormatException ex) {
			throw new Malformed(header);
		}
	}

	/** A change sent without If-Match. */
	static class Required extends RuntimeException {

		Required() {
			super("If-Match required");
		}

	}

	/** An If-Match that is not a version this API gave out. */
	static class Malformed extends RuntimeException {

		private final String header;

		Malformed(String header) {
			super("If-Match is not a version: " + header);
			this.header = header;
		}

		String header() {
			return this.header;
		}

	}

}
