package org.luoshi.installation;

import java.time.Duration;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What the generator wrote: the rows of each table, in the order written, and how long it
 * took.
 */
public record GenerationSummary(Map<String, Long> rows, Duration took) {

	public GenerationSummary {
		rows = Collections.unmodifiableMap(new LinkedHashMap<>(rows));
	}

	public long rows(String table) {
		return this.rows.getOrDefault(table, 0L);
	}

}
