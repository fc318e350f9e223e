package org.luoshi.installation;

import java.util.Map;

/**
 * What an export wrote or an import restored: the Flyway schema version and the rows of
 * every table, in the order the tables were filled.
 */
public record ArchiveSummary(String schemaVersion, Map<String, Long> rows) {

	public ArchiveSummary {
		rows = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(rows));
	}

	public long total() {
		return this.rows.values().stream().mapToLong(Long::longValue).sum();
	}

}
