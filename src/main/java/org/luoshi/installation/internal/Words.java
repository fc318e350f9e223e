package org.luoshi.installation.internal;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;

/**
 * The message files read without Spring, for the command line, which speaks before the
 * application context is up and after it failed to come up: Chinese unless
 * {@code --lang en} asks for English, as the notice command line does.
 */
public final class Words {

	private static final ResourceBundle.Control CONTROL = ResourceBundle.Control
		.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

	private final Locale locale;

	private Words(Locale locale) {
		this.locale = locale;
	}

	public static Words in(String language) {
		return new Words("en".equals(language) ? Locale.ENGLISH : Locale.SIMPLIFIED_CHINESE);
	}

	public String text(String code, Object... arguments) {
		String pattern = ResourceBundle
			.getBundle("messages.messages", this.locale, Words.class.getClassLoader(), CONTROL)
			.getString(code);
		if (arguments.length == 0) {
			return pattern;
		}
		Object[] readable = new Object[arguments.length];
		for (int i = 0; i < arguments.length; i++) {
			readable[i] = (arguments[i] instanceof Number number) ? String.valueOf(number) : arguments[i];
		}
		return new MessageFormat(pattern, this.locale).format(readable);
	}

}
