package org.luoshi.reporting.web;

import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

import org.luoshi.reporting.ReportState;
import org.luoshi.reporting.ReportingRefusal;
import org.luoshi.reporting.Step;
import org.luoshi.security.Role;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;

/**
 * A reporting refusal in the reader's language ({@code reporting.problem.<code>}), with
 * states, roles and steps named in words and times as people write them, and the HTTP
 * status that answers it. Made by whoever needs it from the message source, so that the
 * problem advice needs nothing else, even in a test slice.
 */
final class RefusalTexts {

	private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

	private final MessageSource messages;

	RefusalTexts(MessageSource messages) {
		this.messages = messages;
	}

	String text(ReportingRefusal refusal) {
		Locale locale = LocaleContextHolder.getLocale();
		Object[] arguments = refusal.arguments();
		for (int i = 0; i < arguments.length; i++) {
			arguments[i] = word(arguments[i], locale);
		}
		return this.messages.getMessage("reporting.problem." + refusal.code(), arguments, refusal.getMessage(), locale);
	}

	String message(String code, Object... arguments) {
		return this.messages.getMessage(code, arguments, LocaleContextHolder.getLocale());
	}

	private Object word(Object argument, Locale locale) {
		if (argument instanceof ReportState state) {
			return this.messages.getMessage("reporting.state." + state.code(), null, locale);
		}
		if (argument instanceof Role role) {
			return this.messages.getMessage("role." + role.code(), null, locale);
		}
		if (argument instanceof Step step) {
			return this.messages.getMessage("reporting.step." + step.code(), null, locale);
		}
		if (argument instanceof OffsetDateTime at) {
			return WHEN.format(at);
		}
		return argument;
	}

	static HttpStatus status(ReportingRefusal refusal) {
		return switch (refusal.kind()) {
			case NOT_FOUND -> HttpStatus.NOT_FOUND;
			case FORBIDDEN -> HttpStatus.FORBIDDEN;
			case CONFLICT -> HttpStatus.CONFLICT;
			case INVALID -> HttpStatus.UNPROCESSABLE_CONTENT;
			case STALE -> HttpStatus.PRECONDITION_FAILED;
			case VERSION_REQUIRED -> HttpStatus.PRECONDITION_REQUIRED;
			case BAD_REQUEST -> HttpStatus.BAD_REQUEST;
			case TOO_LARGE -> HttpStatus.CONTENT_TOO_LARGE;
			case UNSUPPORTED -> HttpStatus.UNSUPPORTED_MEDIA_TYPE;
		};
	}

}
