package org.luoshi.implementation.internal.document;

/**
 * A document refused as a whole; nothing of it is kept. {@link #code()} is stable for
 * messages and the API: {@code no-items}, {@code unreadable}, {@code unsupported-format},
 * {@code too-large}.
 */
public final class DocumentProblem extends RuntimeException {

	public static final String NO_ITEMS = "no-items";

	public static final String UNREADABLE = "unreadable";

	public static final String UNSUPPORTED_FORMAT = "unsupported-format";

	public static final String TOO_LARGE = "too-large";

	private final String code;

	private final Integer line;

	private final String detail;

	public DocumentProblem(String code, Integer line, String detail) {
		super(code + ((line != null) ? " at line " + line : "") + ": " + detail);
		this.code = code;
		this.line = line;
		this.detail = detail;
	}

	DocumentProblem(String code, String detail, Throwable cause) {
		this(code, null, detail);
		initCause(cause);
	}

	public String code() {
		return this.code;
	}

	/** The 1-based source line concerned, or null when the problem is the whole file. */
	public Integer line() {
		return this.line;
	}

	public String detail() {
		return this.detail;
	}

}
