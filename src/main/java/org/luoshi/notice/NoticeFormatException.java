package org.luoshi.notice;

import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.OptionalInt;
import java.util.OptionalLong;

/**
 * The importer's one checked error: the input is not a notice it can read. It carries the
 * reason as a code and the arguments of its text under {@code notice.problem.<code>} in
 * the message files — one line a planning office can act on (which file, which byte or
 * line, what was expected), put into the reader's language where it is shown; it never
 * carries a stack trace to the user. Its own message is that text in Chinese, for the
 * log.
 */
public class NoticeFormatException extends Exception {

	private final String code;

	private final List<Object> arguments;

	private final Long byteOffset;

	private final Integer line;

	/**
	 * @param code the reason, the last part of the message code ({@code empty-file})
	 * @param arguments what the text needs, in its order
	 */
	public NoticeFormatException(String code, Object... arguments) {
		this(null, null, null, code, arguments);
	}

	/**
	 * @param cause what a library reported, for the log
	 * @param code the reason, the last part of the message code
	 * @param arguments what the text needs, in its order
	 */
	public NoticeFormatException(Throwable cause, String code, Object... arguments) {
		this(cause, null, null, code, arguments);
	}

	private NoticeFormatException(Throwable cause, Long byteOffset, Integer line, String code, Object... arguments) {
		super(null, cause);
		this.code = code;
		this.arguments = Arrays.asList(arguments.clone());
		this.byteOffset = byteOffset;
		this.line = line;
	}

	/** A problem at one byte of the file, such as an undecodable one. */
	public static NoticeFormatException atByte(long byteOffset, String code, Object... arguments) {
		return new NoticeFormatException(null, byteOffset, null, code, arguments);
	}

	/** A problem on one line of the notice. */
	public static NoticeFormatException atLine(int line, String code, Object... arguments) {
		return new NoticeFormatException(null, null, line, code, arguments);
	}

	/** The reason as a stable code, e.g. {@code empty-file}. */
	public String code() {
		return this.code;
	}

	/** The key of its text in the message files: {@code notice.problem.<code>}. */
	public String messageCode() {
		return "notice.problem." + this.code;
	}

	/** The arguments of its text, in their order (file names, offsets, other texts). */
	public List<Object> arguments() {
		return Collections.unmodifiableList(this.arguments);
	}

	/** Its text, for a message source or {@link MessageFiles} to put into words. */
	public NoticeMessage text() {
		return new NoticeMessage(messageCode(), this.arguments);
	}

	/** The text in Chinese, the notices' language, for the log. */
	@Override
	public String getMessage() {
		return MessageFiles.CHINESE.text(text());
	}

	/**
	 * Offset of the offending byte in the file, when the problem is an undecodable byte.
	 */
	public OptionalLong byteOffset() {
		return (this.byteOffset == null) ? OptionalLong.empty() : OptionalLong.of(this.byteOffset);
	}

	/** 1-based line of the problem, when it concerns one line. */
	public OptionalInt line() {
		return (this.line == null) ? OptionalInt.empty() : OptionalInt.of(this.line);
	}

}
