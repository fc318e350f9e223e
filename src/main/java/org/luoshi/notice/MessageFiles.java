package org.luoshi.notice;

import java.text.MessageFormat;
import java.util.Arrays;
import java.util.Locale;
import java.util.ResourceBundle;

/**
 * The message files ({@code messages/messages*.properties}) read without Spring, for the
 * texts the importer gives where no message source is at hand: the command line, and the
 * messages of its exceptions that the log keeps. Chinese is the default file, English
 * {@code messages_en}. As Spring's message source does, a text with arguments goes
 * through {@link MessageFormat} and one without is taken as written; a number is written
 * as it is (2011, not 2,011) and a {@link NoticeMessage} among the arguments is itself
 * looked up.
 */
public final class MessageFiles {

	/** The language of the notices and the default of every text. */
	public static final MessageFiles CHINESE = new MessageFiles(Locale.SIMPLIFIED_CHINESE);

	public static final MessageFiles ENGLISH = new MessageFiles(Locale.ENGLISH);

	private static final String BASE_NAME = "messages.messages";

	// no fallback to the machine's locale: a Chinese text is the default file, never
	// messages_en because the JVM happens to run in English
	private static final ResourceBundle.Control CONTROL = ResourceBundle.Control
		.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

	private final Locale locale;

	private MessageFiles(Locale locale) {
		this.locale = locale;
	}

	/** The texts in the given language: English for {@code en}, else Chinese. */
	public static MessageFiles in(Locale locale) {
		return Locale.ENGLISH.getLanguage().equals(locale.getLanguage()) ? ENGLISH : CHINESE;
	}

	public Locale locale() {
		return this.locale;
	}

	/** The text of a message with its arguments put in. */
	public String text(NoticeMessage message) {
		return text(message.code(), message.arguments().toArray());
	}

	/**
	 * The text under a key with its arguments put in.
	 * @throws java.util.MissingResourceException when no message file has the key
	 */
	public String text(String code, Object... arguments) {
		String pattern = ResourceBundle.getBundle(BASE_NAME, this.locale, MessageFiles.class.getClassLoader(), CONTROL)
			.getString(code);
		if (arguments.length == 0) {
			return pattern;
		}
		return new MessageFormat(pattern, this.locale).format(Arrays.stream(arguments).map(this::readable).toArray());
	}

	private Object readable(Object argument) {
		if (argument instanceof NoticeMessage message) {
			return text(message);
		}
		if (argument instanceof Number number) {
			return String.valueOf(number);
		}
		return argument;
	}

}
