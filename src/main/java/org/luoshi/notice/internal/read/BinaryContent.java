package org.luoshi.notice.internal.read;

import org.luoshi.notice.NoticeFormatException;
import org.luoshi.notice.NoticeMessage;

/**
 * Tells binary junk from text before decoding: NUL bytes, or more than a few control
 * characters, mean the file is an image, an archive or some program's data, not a notice.
 * The message names the offset of the first offending byte.
 */
final class BinaryContent {

	/** Control characters tolerated per hundred before the file counts as binary. */
	static final int CONTROL_PERCENT = 1;

	/**
	 * Fewer control characters than this never make a file binary (a stray ESC, a DOS
	 * EOF).
	 */
	static final int CONTROL_MINIMUM = 3;

	private BinaryContent() {
	}

	/**
	 * Refuse bytes of a single-byte-based encoding (UTF-8, GB18030) that contain a NUL
	 * byte or too many control bytes; bytes below 0x20 always stand for themselves in
	 * both.
	 * @param bytes the file's content
	 * @param from where the text starts (after a byte order mark)
	 * @param name the file name for the message
	 * @throws NoticeFormatException when the bytes are binary
	 */
	static void checkBytes(byte[] bytes, int from, String name) throws NoticeFormatException {
		long controls = 0;
		int first = -1;
		for (int i = from; i < bytes.length; i++) {
			int b = bytes[i] & 0xFF;
			if (b == 0) {
				throw nul(bytes, name, i);
			}
			if (isControl(b)) {
				controls++;
				if (first < 0) {
					first = i;
				}
			}
		}
		if (tooMany(controls, bytes.length - from)) {
			throw controls(bytes, name, first, bytes[first] & 0xFF);
		}
	}

	/**
	 * Refuse decoded UTF-16 text with NUL characters or too many control characters.
	 * @param bytes the file's content, for naming a known binary format
	 * @param text the decoded text
	 * @param from offset of the first character's bytes (the byte order mark length)
	 * @param name the file name for the message
	 * @throws NoticeFormatException when the text is binary
	 */
	static void checkUtf16(byte[] bytes, String text, int from, String name) throws NoticeFormatException {
		long controls = 0;
		int first = -1;
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			if (c == 0) {
				throw nul(bytes, name, from + 2L * i);
			}
			if (c < 0x80 && isControl(c)) {
				controls++;
				if (first < 0) {
					first = i;
				}
			}
		}
		if (tooMany(controls, text.length())) {
			throw controls(bytes, name, from + 2L * first, text.charAt(first));
		}
	}

	/**
	 * The error for a NUL byte in what should be text.
	 * @param bytes the file's content
	 * @param name the file name
	 * @param offset the offset of the NUL byte
	 * @return the exception to throw
	 */
	static NoticeFormatException nul(byte[] bytes, String name, long offset) {
		return NoticeFormatException.atByte(offset, "nul-byte", what(bytes, name), offset);
	}

	private static NoticeFormatException controls(byte[] bytes, String name, long offset, int value) {
		return NoticeFormatException.atByte(offset, "control-characters", what(bytes, name), offset,
				String.format("%02X", value));
	}

	/** What the file is, as the message opens: a known binary format, or none. */
	private static NoticeMessage what(byte[] bytes, String name) {
		NoticeMessage format = MagicNumbers.binaryFormatName(bytes);
		if (format != null) {
			return NoticeMessage.of("notice.file.known-format", DisplayName.argument(name), format);
		}
		return NoticeMessage.of("notice.file.unknown-format", DisplayName.argument(name));
	}

	private static boolean tooMany(long controls, long length) {
		return controls >= CONTROL_MINIMUM && controls * 100 > CONTROL_PERCENT * length;
	}

	private static boolean isControl(int c) {
		return (c < 0x20 && c != '\t' && c != '\n' && c != '\r' && c != '\f') || c == 0x7F;
	}

}
