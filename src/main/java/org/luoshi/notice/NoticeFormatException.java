package org.luoshi.notice;

/**
 * The importer's one checked error: the input is not a notice it can read. The message is
 * one line a planning office can act on (which file, which byte or line, what was
 * expected); it never carries a stack trace to the user.
 */
public class NoticeFormatException extends Exception {

	private final Long byteOffset;

	private final Integer line;

	public NoticeFormatException(String message) {
		this(message, null, null, null);
	}

	public NoticeFormatException(String message, Throwable cause) {
		this(message, null, null, cause);
	}

	private NoticeFormatException(String message, Long byteOffset, Integer line, Throwable cause) {
		super(message, cause);
		this.byteOffset = byteOffset;
		this.line = line;
	}

	public static NoticeFormatException atByte(String message, long byteOffset) {
		return new NoticeFormatException(message, byteOffset, null, null);
	}

	public static NoticeFormatException atLine(String message, int line) {
		return new NoticeFormatException(message, null, line, null);
	}

	/**
	 * Offset of the offending byte in the file, when the problem is an undecodable byte.
	 */
	public java.util.OptionalLong byteOffset() {
		return byteOffset == null ? java.util.OptionalLong.empty() : java.util.OptionalLong.of(byteOffset);
	}

	/** 1-based line of the problem, when it concerns one line. */
	public java.util.OptionalInt line() {
		return line == null ? java.util.OptionalInt.empty() : java.util.OptionalInt.of(line);
	}

}
