package org.luoshi.implementation.internal.document;

/**
 * What a heading hands down to the measures under it: the task it names and the division,
 * contact, part and time limit it sets for all of them.
 */
record Heading(String code, String text, String division, String contact, String part, String time,
		String recognition) {

	static final Heading NONE = new Heading(null, null, null, null, null, null, null);

}
