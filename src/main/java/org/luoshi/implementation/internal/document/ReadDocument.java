package org.luoshi.implementation.internal.document;

import java.util.List;

/**
 * What a department's implementation plan document says, item by item, and what the
 * reader noticed but could not settle (a time limit with no year, a time it could not
 * read), for the reporter to check.
 *
 * @param items the measures in document order
 * @param warnings one line each, beginning with the source line they concern
 */
public record ReadDocument(List<ReadItem> items, List<String> warnings) {

	public ReadDocument {
		items = List.copyOf(items);
		warnings = List.copyOf(warnings);
	}

}
