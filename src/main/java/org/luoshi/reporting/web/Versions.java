package org.luoshi.reporting.web;

import org.luoshi.reporting.WorkflowRefusal;

/**
 * Versions as they travel over HTTP: a report's version is its ETag ("3"), and a write
 * names it in If-Match; a write without one is refused (428).
 */
final class Versions {

	private Versions() {
	}

	/** The version named in an If-Match header, or null when there is none. */
	static Integer ifMatch(String header) {
		if (header == null || header.isBlank()) {
			return null;
		}
		String value = header.replace("W/", "").replace("\"", "").strip();
		try {
			return Integer.valueOf(value);
		}
		catch (NumberFormatException ex) {
			throw new WorkflowRefusal.VersionMalformed(header);
		}
	}

	static String eTag(int version) {
		return "\"" + version + "\"";
	}

}
