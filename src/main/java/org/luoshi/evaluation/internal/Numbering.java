package org.luoshi.evaluation.internal;

import java.util.List;

/**
 * The numbering of a government report's headings: 一、 for parts, （一） for sections, 1. for
 * items, as the message files spell them in each language.
 */
final class Numbering {

	private final Words words;

	private final List<String> numerals;

	private int count;

	Numbering(Words words) {
		this.words = words;
		this.numerals = List.of(words.get("evaluation.doc.numerals").split(","));
	}

	String part(String title) {
		return this.words.get("evaluation.doc.part", numeral(), title);
	}

	String section(String title) {
		return this.words.get("evaluation.doc.section", numeral(), title);
	}

	String item(String title) {
		this.count++;
		return this.words.get("evaluation.doc.item", String.valueOf(this.count), title);
	}

	private String numeral() {
		this.count++;
		return (this.count <= this.numerals.size()) ? this.numerals.get(this.count - 1) : String.valueOf(this.count);
	}

}
