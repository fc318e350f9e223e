package org.luoshi.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds human-readable text written straight into a Thymeleaf template instead of coming
 * from {@code messages*.properties}: text between tags, the attributes a reader sees or
 * hears ({@code title}, {@code placeholder}, {@code alt}, {@code aria-label}), and quoted
 * literals in the {@code th:} attributes that produce them. Anything with a letter of any
 * script counts; numbers and punctuation do not. The brand name is a message too, so
 * there is no allow-list.
 */
final class HardCodedText {

	private static final Pattern COMMENT = Pattern.compile("<!--.*?-->", Pattern.DOTALL);

	private static final Pattern SCRIPT_OR_STYLE = Pattern.compile("<(script|style)\\b[^>]*>.*?</\\1\\s*>",
			Pattern.DOTALL | Pattern.CASE_INSENSITIVE);

	// a tag whose quoted attribute values may themselves contain '>'
	private static final Pattern TAG = Pattern.compile("<[!/]?[a-zA-Z][^\"'>]*(?:(?:\"[^\"]*\"|'[^']*')[^\"'>]*)*>");

	private static final Pattern ATTRIBUTE = Pattern.compile("([\\w:-]+)\\s*=\\s*(?:\"([^\"]*)\"|'([^']*)')");

	private static final Set<String> VISIBLE_ATTRIBUTES = Set.of("title", "placeholder", "alt", "aria-label");

	private static final Pattern QUOTED_LITERAL = Pattern.compile("'([^']*)'");

	private static final Pattern INLINED_EXPRESSION = Pattern.compile("\\[\\[.*?]]|\\[\\(.*?\\)]", Pattern.DOTALL);

	private static final Pattern ENTITY = Pattern.compile("&(?:[a-zA-Z]+|#\\d+|#x[0-9a-fA-F]+);");

	private static final Pattern LETTER = Pattern.compile("\\p{L}");

	private HardCodedText() {
	}

	/** The offending snippets of one template, empty when every text is a message. */
	static List<String> in(String template) {
		String html = SCRIPT_OR_STYLE.matcher(COMMENT.matcher(template).replaceAll("")).replaceAll("");
		List<String> found = new ArrayList<>();
		Matcher tags = TAG.matcher(html);
		int textStart = 0;
		while (tags.find()) {
			checkText(html.substring(textStart, tags.start()), found);
			checkAttributes(tags.group(), found);
			textStart = tags.end();
		}
		checkText(html.substring(textStart), found);
		return found;
	}

	private static void checkText(String text, List<String> found) {
		String visible = ENTITY.matcher(INLINED_EXPRESSION.matcher(text).replaceAll("")).replaceAll("");
		if (LETTER.matcher(visible).find()) {
			found.add(text.strip());
		}
	}

	private static void checkAttributes(String tag, List<String> found) {
		Matcher attributes = ATTRIBUTE.matcher(tag);
		while (attributes.find()) {
			String name = attributes.group(1).toLowerCase();
			String value = (attributes.group(2) != null) ? attributes.group(2) : attributes.group(3);
			if (VISIBLE_ATTRIBUTES.contains(name) && LETTER.matcher(value).find()) {
				found.add(name + "=\"" + value + "\"");
			}
			if (isTextProducing(name) && hasLiteralWithLetters(value)) {
				found.add(name + "=\"" + value + "\"");
			}
		}
	}

	private static boolean isTextProducing(String name) {
		return name.equals("th:text") || name.equals("th:utext")
				|| (name.startsWith("th:") && VISIBLE_ATTRIBUTES.contains(name.substring(3)));
	}

	private static boolean hasLiteralWithLetters(String expression) {
		Matcher literals = QUOTED_LITERAL.matcher(withoutExpressions(expression));
		while (literals.find()) {
			if (LETTER.matcher(literals.group(1)).find()) {
				return true;
			}
		}
		return false;
	}

	// Drops ${…}, #{…}, *{…}, @{…} and ~{…}, however deeply nested: keys and property
	// names
	// inside them are not shown to anybody.
	private static String withoutExpressions(String expression) {
		StringBuilder kept = new StringBuilder();
		int depth = 0;
		for (int i = 0; i < expression.length(); i++) {
			char c = expression.charAt(i);
			if (c == '{' && i > 0 && "$#*@~".indexOf(expression.charAt(i - 1)) >= 0) {
				if (depth == 0) {
					kept.setLength(kept.length() - 1);
				}
				depth++;
			}
			else if (c == '{' && depth > 0) {
				depth++;
			}
			else if (c == '}' && depth > 0) {
				depth--;
			}
			else if (depth == 0) {
				kept.append(c);
			}
		}
		return kept.toString();
	}

}
