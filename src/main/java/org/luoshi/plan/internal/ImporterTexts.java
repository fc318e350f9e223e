package org.luoshi.plan.internal;

import java.util.List;

import org.luoshi.notice.NoticeMessage;

import org.springframework.context.MessageSourceResolvable;
import org.springframework.context.support.DefaultMessageSourceResolvable;

/**
 * The importer's texts — a key in the message files and its arguments, put together
 * without Spring by the notice reader and the spreadsheet reader — as the message source
 * takes them, so that a page or a problem shows them in the reader's language.
 */
public final class ImporterTexts {

	private ImporterTexts() {
	}

	/** The text as the message source resolves it. */
	public static MessageSourceResolvable resolvable(NoticeMessage text) {
		return new DefaultMessageSourceResolvable(new String[] { text.code() }, arguments(text.arguments()));
	}

	/**
	 * Arguments as the message source needs them: a nested text resolved in turn, a
	 * number written as it is (2011, not 2,011).
	 */
	public static Object[] arguments(List<Object> arguments) {
		return arguments.stream().map(ImporterTexts::argument).toArray();
	}

	private static Object argument(Object argument) {
		if (argument instanceof NoticeMessage text) {
			return resolvable(text);
		}
		if (argument instanceof Number number) {
			return String.valueOf(number);
		}
		return argument;
	}

}
