package org.luoshi.common;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.Map;
import java.util.function.Function;

import org.springframework.context.MessageSourceResolvable;
import org.springframework.context.support.DefaultMessageSourceResolvable;

/**
 * Why a request was refused: the one base of every named refusal in every module (one
 * class per reason, as in the office's words: {@code ReportLocked},
 * {@code PlanNotFound}). It carries the {@link Kind} that says how the refusal is
 * answered, the message code of its text ({@code <area>.problem.<code>} in the message
 * files) and the arguments that text needs, so that the message source alone puts it into
 * the reader's language: it is a {@link MessageSourceResolvable}, and an argument that is
 * {@link Worded} (a state, a role, a step) is itself looked up. The exception's own
 * message is for the log.
 */
public abstract class Refusal extends RuntimeException implements MessageSourceResolvable {

	private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

	/** How a refusal is answered: the HTTP status of its problem and of its page. */
	public enum Kind {

		/** What the address names does not exist (404). */
		NOT_FOUND(404),
		/** The user's role or organisation may not do this (403). */
		FORBIDDEN(403),
		/** The state of things does not allow it now (409). */
		CONFLICT(409),
		/** The input was understood and is wrong (422). */
		INVALID(422),
		/** Somebody changed it since the version the writer saw (412). */
		STALE(412),
		/** A change that names no version it saw (428). */
		VERSION_REQUIRED(428),
		/** The request itself is malformed (400). */
		BAD_REQUEST(400),
		/** The upload is larger than allowed (413). */
		TOO_LARGE(413),
		/** The upload is of a type that is not accepted (415). */
		UNSUPPORTED(415);

		private final int status;

		Kind(int status) {
			this.status = status;
		}

		/** The HTTP status that answers a refusal of this kind. */
		public int status() {
			return this.status;
		}

		/**
		 * Whether a page answers it with the error page rather than a message next to the
		 * form: what does not exist or is not the user's to see is no message to act on.
		 */
		public boolean errorPage() {
			return this == NOT_FOUND || this == FORBIDDEN;
		}

	}

	private final Kind kind;

	private final String area;

	private final String code;

	private final Object[] arguments;

	/**
	 * @param kind how the refusal is answered
	 * @param area the module whose message files hold the text: {@code reporting},
	 * {@code plan}…
	 * @param code the reason, the last part of the message code
	 * @param logMessage what the log says, in English; null for the code and arguments
	 * @param arguments what the text needs, in its order
	 */
	protected Refusal(Kind kind, String area, String code, String logMessage, Object... arguments) {
		super((logMessage != null) ? logMessage : area + ".problem." + code + Arrays.toString(arguments));
		this.kind = kind;
		this.area = area;
		this.code = code;
		this.arguments = arguments.clone();
	}

	public Kind kind() {
		return this.kind;
	}

	/** The reason as a stable code, e.g. {@code report-locked}. */
	public String code() {
		return this.code;
	}

	/** The key of its text in the message files: {@code <area>.problem.<code>}. */
	public String messageCode() {
		return this.area + ".problem." + this.code;
	}

	/** The arguments as given (states, roles and steps not yet in words). */
	public Object[] arguments() {
		return this.arguments.clone();
	}

	/**
	 * What a program may act on beyond the text, added to the problem's properties (the
	 * names still unknown, the fields at fault); none by default.
	 * @param words puts a text (this refusal, or another one it holds) into the reader's
	 * language
	 */
	public Map<String, Object> details(Function<MessageSourceResolvable, String> words) {
		return Map.of();
	}

	@Override
	public String[] getCodes() {
		return new String[] { messageCode() };
	}

	@Override
	public Object[] getArguments() {
		return Arrays.stream(this.arguments).map(Refusal::readable).toArray();
	}

	@Override
	public String getDefaultMessage() {
		return getMessage();
	}

	/**
	 * An argument as the text shows it: a worded value by its own message code, a time as
	 * people write it, anything else as it is.
	 */
	static Object readable(Object argument) {
		if (argument instanceof Worded worded) {
			return new DefaultMessageSourceResolvable(new String[] { worded.wordCode() }, null, worded.toString());
		}
		if (argument instanceof OffsetDateTime at) {
			return WHEN.format(at);
		}
		if (argument instanceof LocalDate day) {
			return day.toString();
		}
		if (argument instanceof Number number) {
			// 2011 is a year and 12 an id: never grouped as 2,011
			return String.valueOf(number);
		}
		return argument;
	}

}
