package org.luoshi.plan.internal.sheet;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.luoshi.common.ComparedText;

/**
 * Reads a 责任单位 cell: names separated by 、 (also ， , ； ;), each optionally followed by a
 * full-width or half-width colon and a role word, the list ending with 等 when it is open.
 * Separators and colons inside parentheses belong to the name (各市（州）政府).
 */
final class ResponsibleCell {

	private ResponsibleCell() {
	}

	/** A name as written, white space removed, with the role word after its colon. */
	record Named(String name, String roleWord) {
	}

	record Parsed(List<Named> names, boolean openEnded) {
	}

	/**
	 * Where a problem of the cell goes: its code under {@code plan.sheet} and arguments.
	 */
	@FunctionalInterface
	interface Problems {

		void add(String code, Object... arguments);

	}

	static Parsed parse(String cell, Problems problems) {
		String list = cell.strip();
		boolean openEnded = false;
		for (String end : SheetWords.OPEN_ENDS) {
			if (list.endsWith(end)) {
				openEnded = true;
				list = trimSeparators(list.substring(0, list.length() - end.length()));
				break;
			}
		}
		List<Named> names = new ArrayList<>();
		Set<String> seen = new HashSet<>();
		for (String part : split(list)) {
			String item = RowReader.withoutSpace(part);
			if (item.isEmpty()) {
				problems.add("name-empty");
				continue;
			}
			Named named = named(item, problems);
			if (named == null) {
				continue;
			}
			if (!seen.add(ComparedText.of(named.name()))) {
				problems.add("name-repeated", named.name());
				continue;
			}
			names.add(named);
		}
		return new Parsed(names, openEnded);
	}

	private static Named named(String item, Problems problems) {
		int colon = lastOutsideParentheses(item, "：:");
		if (colon < 0) {
			return new Named(item, null);
		}
		String name = item.substring(0, colon);
		String word = item.substring(colon + 1);
		if (name.isEmpty()) {
			problems.add("name-missing", item);
			return null;
		}
		if (word.isEmpty()) {
			problems.add("role-missing", item, SheetWords.ROLE_WORDS);
			return null;
		}
		if (SheetWords.role(word) == null) {
			problems.add("role-unknown", name, word, SheetWords.ROLE_WORDS);
			return null;
		}
		return new Named(name, word);
	}

	private static List<String> split(String list) {
		List<String> parts = new ArrayList<>();
		if (list.isEmpty()) {
			return parts;
		}
		int depth = 0;
		int start = 0;
		for (int i = 0; i < list.length(); i++) {
			char c = list.charAt(i);
			if (c == '（' || c == '(') {
				depth++;
			}
			else if ((c == '）' || c == ')') && depth > 0) {
				depth--;
			}
			else if (depth == 0 && "、，,；;".indexOf(c) >= 0) {
				parts.add(list.substring(start, i));
				start = i + 1;
			}
		}
		parts.add(list.substring(start));
		return parts;
	}

	private static int lastOutsideParentheses(String item, String chars) {
		int depth = 0;
		int found = -1;
		for (int i = 0; i < item.length(); i++) {
			char c = item.charAt(i);
			if (c == '（' || c == '(') {
				depth++;
			}
			else if ((c == '）' || c == ')') && depth > 0) {
				depth--;
			}
			else if (depth == 0 && chars.indexOf(c) >= 0) {
				found = i;
			}
		}
		return found;
	}

	private static String trimSeparators(String list) {
		String trimmed = list.strip();
		while (!trimmed.isEmpty() && "、，,；;".indexOf(trimmed.charAt(trimmed.length() - 1)) >= 0) {
			trimmed = trimmed.substring(0, trimmed.length() - 1).strip();
		}
		return trimmed;
	}

}
