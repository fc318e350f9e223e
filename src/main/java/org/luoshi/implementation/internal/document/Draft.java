package org.luoshi.implementation.internal.document;

/**
 * An item as the document lays it out, before its time limits are read: the fields of a
 * paragraph (with what it inherits from its headings) or the cells of a table row.
 */
record Draft(int line, String numbering, String code, String taskText, String measure, String division, String contact,
		String part, String time, String recognition) {
}
