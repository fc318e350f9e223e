package org.luoshi.notice;

import java.util.List;

/**
 * A notice decoded to text: its lines exactly as read (line numbers are 1-based indexes
 * into {@code lines}), the format and character encoding it came in, and the SHA-256 of
 * the original bytes that identifies it.
 *
 * @param lines the text, one entry per line (for .docx and .pdf: per paragraph)
 * @param format the detected file format
 * @param encoding the character encoding of a .txt file ("UTF-8", "GB18030", "UTF-16LE",
 * …); null otherwise
 * @param sha256 lower-case hex digest of the original bytes
 * @param byteSize size of the original file in bytes
 */
public record NoticeText(List<String> lines, SourceFormat format, String encoding, String sha256, long byteSize) {

	public NoticeText {
		lines = List.copyOf(lines);
	}

	/** Text that did not come from a file (tests, pasted text). */
	public static NoticeText of(String text) {
		return new NoticeText(lines(text), SourceFormat.TXT, "UTF-8", null, text.length());
	}

	/**
	 * Lines at CR LF, LF or CR, a final terminator starting an empty last line; by hand
	 * rather than a regular expression because pasted text can be megabytes of short
	 * lines.
	 */
	private static List<String> lines(String text) {
		java.util.ArrayList<String> lines = new java.util.ArrayList<>();
		int start = 0;
		int length = text.length();
		for (int i = 0; i < length; i++) {
			char c = text.charAt(i);
			if (c == '\n' || c == '\r') {
				lines.add(start == i ? "" : text.substring(start, i));
				if (c == '\r' && i + 1 < length && text.charAt(i + 1) == '\n') {
					i++;
				}
				start = i + 1;
			}
		}
		lines.add(text.substring(start));
		return lines;
	}

	public String line(int number) {
		return lines.get(number - 1);
	}

}
