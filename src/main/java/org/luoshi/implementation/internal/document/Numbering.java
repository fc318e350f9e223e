package org.luoshi.implementation.internal.document;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.luoshi.common.Vocabulary;

/**
 * The number at the start of a paragraph and its rank in the genre's outline: 第一部分, 一、,
 * （一）, 1. (or 1、), （1）, ①. A document may skip ranks; only their order counts.
 */
@Vocabulary("the numbering styles of Chinese official documents, which the reader recognises")
final class Numbering {

	private static final String CHINESE = "[一二三四五六七八九十百零〇]+";

	private static final String DIGITS = "[0-9０-９]+";

	private static final List<Pattern> RANKS = List.of(Pattern.compile("^第" + CHINESE + "(?:部分|章|篇)\\s*"),
			Pattern.compile("^" + CHINESE + "\\s*[、.．]\\s*"),
			Pattern.compile("^[（(]\\s*" + CHINESE + "\\s*[)）]\\s*[、.．]?\\s*"),
			// 1. but not 3.2.1 (a task number) nor 2013. (a year)
			Pattern.compile("^" + "[0-9０-９]{1,3}" + "\\s*(?:[.．](?![0-9０-９])|、)\\s*"),
			Pattern.compile("^[（(]\\s*" + DIGITS + "\\s*[)）]\\s*[、.．]?\\s*"), Pattern.compile("^[①-⑳]\\s*"));

	private Numbering() {
	}

	/**
	 * A numbered paragraph.
	 *
	 * @param rank 0 for the highest (第一部分) to 5 for ①
	 * @param label the number as written, without the spaces after it
	 * @param rest the paragraph's text after its number
	 */
	record Numbered(int rank, String label, String rest) {
	}

	/** The paragraph's number, or null when it has none. */
	static Numbered of(String paragraph) {
		String text = paragraph.strip();
		for (int rank = 0; rank < RANKS.size(); rank++) {
			Matcher m = RANKS.get(rank).matcher(text);
			if (m.find() && m.end() < text.length()) {
				return new Numbered(rank, m.group().strip(), text.substring(m.end()));
			}
		}
		return null;
	}

}
