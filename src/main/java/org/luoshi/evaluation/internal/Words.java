package org.luoshi.evaluation.internal;

import java.util.Locale;

import org.springframework.context.MessageSource;

/** The message files in one language, for the documents. */
public final class Words {

	private final MessageSource messages;

	private final Locale locale;

	public Words(MessageSource messages, Locale locale) {
		this.messages = messages;
		this.locale = locale;
	}

	public String get(String code, Object... arguments) {
		Object[] plain = new Object[arguments.length];
		for (int i = 0; i < arguments.length; i++) {
			// years and counts are never grouped as 2,011
			plain[i] = (arguments[i] instanceof Number n) ? String.valueOf(n) : arguments[i];
		}
		return this.messages.getMessage(code, plain, this.locale);
	}

	public Locale locale() {
		return this.locale;
	}

}
