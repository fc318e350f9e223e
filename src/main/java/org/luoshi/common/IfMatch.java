package org.luoshi.common;

/**
 * Versions as they travel over HTTP: a thing's version is its ETag ({@code "3"}), and a
 * change names the version it read in If-Match, so that nobody overwrites what they have
 * not seen (412 when somebody changed it meanwhile, 428 without a version).
 */
public final class IfMatch {

	private IfMatch() {
	}

	/**
	 * The version named in an If-Match header, or null when there is none.
	 * @throws VersionMalformed when the header names no version this API gave out
	 */
	public static Integer version(String header) {
		if (header == null || header.isBlank()) {
			return null;
		}
		String value = header.replace("W/", "").replace("\"", "").strip();
		try {
			return Integer.valueOf(value);
		}
		catch (NumberFormatException ex) {
			throw new VersionMalformed(header);
		}
	}

	/**
	 * The version named in an If-Match header, which a change must carry.
	 * @throws VersionRequired without one
	 * @throws VersionMalformed when it is not a version this API gave out
	 */
	public static int required(String header) {
		Integer version = version(header);
		if (version == null) {
			throw new VersionRequired();
		}
		return version;
	}

	/** The ETag of a version. */
	public static String eTag(int version) {
		return "\"" + version + "\"";
	}

	/** A change that does not name the version it read (If-Match). */
	public static class VersionRequired extends Refusal {

		public VersionRequired() {
			super(Kind.VERSION_REQUIRED, "common", "version-required", "A change must name the version it read");
		}

	}

	/** An If-Match that is not a version this API gave out. */
	public static class VersionMalformed extends Refusal {

		public VersionMalformed(String given) {
			super(Kind.BAD_REQUEST, "common", "version-malformed", "Not a version: " + given, given);
		}

	}

}
