package org.luoshi.implementation.internal.document;

import java.text.Normalizer;
import java.util.regex.Matcher;

/**
 * The plan's task number a text names (对应任务3.2.1, 任务3.2.1：) and the text without that
 * reference.
 *
 * @param code the number in its normal form (3.2.1), or null
 * @param rest the text with the reference taken out
 */
record TaskReference(String code, String rest) {

	static TaskReference in(String text) {
		Matcher m = DocumentWords.TASK_REFERENCE.matcher(text);
		if (!m.find()) {
			return new TaskReference(null, text);
		}
		String rest = (text.substring(0, m.start()) + text.substring(m.end())).strip();
		return new TaskReference(code(m.group("code")), rest);
	}

	/** A number at the start of a table cell (3.2.1 加快…). */
	static TaskReference leading(String text) {
		Matcher m = DocumentWords.LEADING_CODE.matcher(text);
		if (!m.find()) {
			return in(text);
		}
		return new TaskReference(code(m.group("code")), text.substring(m.end()).strip());
	}

	/** 3．2．1 and ３.２.１ are 3.2.1. */
	static String code(String written) {
		if (written == null) {
			return null;
		}
		String code = Normalizer.normalize(written, Normalizer.Form.NFKC).replaceAll("\\s", "");
		code = code.replaceAll("^\\.+|\\.+$", "");
		return code.isEmpty() ? null : code;
	}

	boolean named() {
		return this.code != null;
	}

}
