package org.luoshi.implementation.internal.document;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;

import org.luoshi.common.Vocabulary;

/**
 * The labelled fields of a paragraph (责任处室：…, 联系人：…, 完成时限：…) and the text left when they
 * are taken out. A value runs to the next label, the end of the sentence (。；, a line
 * break) or the parenthesis that encloses the label.
 *
 * @param division the lead division as written
 * @param support a supporting division, with its label (配合处室：交通处)
 * @param contact the contact as written
 * @param time the time limit field
 * @param recognition how completion is recognised
 * @param measure the measure field (具体措施：…)
 * @param part the part taken on of a shared task
 * @param remainder the text without the fields, with parentheses they left empty removed
 */
@Vocabulary("the punctuation of Chinese text (（）。；) that bounds a field")
record Fields(String division, String support, String contact, String time, String recognition, String measure,
		String part, String remainder) {

	private static final List<String> KINDS = List.of("division", "support", "contact", "time", "recognition",
			"measure", "part");

	static Fields of(String text) {
		List<int[]> labels = new ArrayList<>();
		List<String> kinds = new ArrayList<>();
		Matcher m = DocumentWords.LABEL.matcher(text);
		while (m.find()) {
			for (String kind : KINDS) {
				if (m.group(kind) != null) {
					labels.add(new int[] { m.start(), m.end() });
					kinds.add(kind);
				}
			}
		}
		String[] values = new String[KINDS.size()];
		StringBuilder remainder = new StringBuilder();
		int copied = 0;
		for (int i = 0; i < labels.size(); i++) {
			int start = labels.get(i)[0];
			int valueStart = labels.get(i)[1];
			int limit = (i + 1 < labels.size()) ? labels.get(i + 1)[0] : text.length();
			int end = valueEnd(text, valueStart, limit);
			String value = trim(text.substring(valueStart, end));
			int k = KINDS.indexOf(kinds.get(i));
			if ("support".equals(kinds.get(i)) && !value.isEmpty()) {
				value = text.substring(start, valueStart).strip() + value;
			}
			if (!value.isEmpty()) {
				values[k] = (values[k] == null) ? value : values[k] + "；" + value;
			}
			remainder.append(text, copied, start);
			copied = end;
		}
		remainder.append(text.substring(copied));
		String rest = trim(
				remainder.toString().replaceAll("[（(][\\s，,、；;]*[）)]", "").replaceAll("([。；;，,、])[。；;，,、 \\t]+", "$1"));
		return new Fields(values[0], values[1], values[2], values[3], values[4], values[5], values[6], rest);
	}

	/** Where a value stops: a sentence end, a line break or its enclosing parenthesis. */
	private static int valueEnd(String text, int from, int limit) {
		int depth = 0;
		for (int i = from; i < limit; i++) {
			char c = text.charAt(i);
			if (c == '（' || c == '(') {
				depth++;
			}
			else if (c == '）' || c == ')') {
				if (depth == 0) {
					return i;
				}
				depth--;
			}
			else if (c == '\n' || ((c == '。' || c == '；' || c == ';') && depth == 0)) {
				return i;
			}
		}
		return limit;
	}

	/** A value on one line, with the punctuation left by removed fields collapsed. */
	static String clean(String value) {
		if (value == null) {
			return null;
		}
		String one = trim(value.replace("\n", "").replaceAll("([。；;，,、])[。；;，,、 \\t]+", "$1"));
		return one.isEmpty() ? null : one;
	}

	static String trim(String value) {
		return (value == null) ? ""
				: value.replaceAll("^[" + DocumentWords.TRIM + "]+|[" + DocumentWords.TRIM + "]+$", "");
	}

	/** The lead division with the supporting one after it, in parentheses. */
	String divisionWithSupport() {
		if (this.division == null) {
			return (this.support == null) ? null : this.support;
		}
		return (this.support == null) ? this.division : this.division + "（" + this.support + "）";
	}

}
