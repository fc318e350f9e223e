package org.luoshi.web;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Finds Chinese text written into Java source as a string literal, where a reader of the
 * English pages would meet it untranslated: literals (text blocks included) holding a Han
 * character, outside comments and outside annotation arguments (the API documentation,
 * written once). A class marked {@code @Vocabulary} keeps its words on purpose and is
 * skipped.
 */
final class HardCodedJavaText {

	private static final Pattern HAN = Pattern.compile("\\p{IsHan}");

	private static final Pattern VOCABULARY = Pattern.compile("(?m)^@Vocabulary\\(");

	private HardCodedJavaText() {
	}

	/** The offending literals of one source file, empty when every text is a message. */
	static List<String> in(String source) {
		if (VOCABULARY.matcher(source).find()) {
			return List.of();
		}
		List<String> found = new ArrayList<>();
		int i = 0;
		int n = source.length();
		while (i < n) {
			char c = source.charAt(i);
			if (source.startsWith("//", i)) {
				i = lineEnd(source, i);
			}
			else if (source.startsWith("/*", i)) {
				int end = source.indexOf("*/", i + 2);
				i = (end < 0) ? n : end + 2;
			}
			else if (c == '@' && !source.startsWith("@interface", i)) {
				i = afterAnnotation(source, i);
			}
			else if (c == '"' || c == '\'') {
				int end = literalEnd(source, i);
				String literal = source.substring(i, end);
				if (c == '"' && HAN.matcher(literal).find()) {
					found.add(literal);
				}
				i = end;
			}
			else {
				i++;
			}
		}
		return found;
	}

	// the annotation's name, then its argument list if it has one
	private static int afterAnnotation(String source, int at) {
		int i = at + 1;
		while (i < source.length() && (Character.isJavaIdentifierPart(source.charAt(i)) || source.charAt(i) == '.')) {
			i++;
		}
		int j = i;
		while (j < source.length() && Character.isWhitespace(source.charAt(j))) {
			j++;
		}
		if (j >= source.length() || source.charAt(j) != '(') {
			return i;
		}
		int depth = 0;
		while (j < source.length()) {
			char c = source.charAt(j);
			if (c == '"' || c == '\'') {
				j = literalEnd(source, j);
				continue;
			}
			if (c == '(') {
				depth++;
			}
			else if (c == ')' && --depth == 0) {
				return j + 1;
			}
			j++;
		}
		return j;
	}

	private static int literalEnd(String source, int start) {
		char quote = source.charAt(start);
		if (quote == '"' && source.startsWith("\"\"\"", start)) {
			int end = source.indexOf("\"\"\"", start + 3);
			while (end > 0 && source.charAt(end - 1) == '\\') {
				end = source.indexOf("\"\"\"", end + 1);
			}
			return (end < 0) ? source.length() : end + 3;
		}
		int i = start + 1;
		while (i < source.length()) {
			char c = source.charAt(i);
			if (c == '\\') {
				i += 2;
				continue;
			}
			if (c == quote || c == '\n') {
				return i + 1;
			}
			i++;
		}
		return i;
	}

	private static int lineEnd(String source, int from) {
		int end = source.indexOf('\n', from);
		return (end < 0) ? source.length() : end;
	}

}
