package org.luoshi.notice.internal.read;

/**
 * Counts well-formed and malformed UTF-8 multi-byte sequences over a whole file, to tell
 * UTF-8 text with a few damaged bytes (thousands well-formed, a handful malformed) from
 * GBK/GB18030 text (mostly malformed when read as UTF-8). One linear pass.
 *
 * @param wellFormed multi-byte sequences that are valid UTF-8
 * @param malformed bytes at which no valid UTF-8 sequence starts
 */
record Utf8Evidence(long wellFormed, long malformed) {

	/** Well-formed sequences per malformed one that make a damaged file UTF-8. */
	static final int DAMAGED_UTF8_RATIO = 10;

	/** Fewest well-formed sequences that can show anything. */
	static final int MINIMUM = 3;

	/** The text is UTF-8 with some damaged bytes, not text in another encoding. */
	boolean isDamagedUtf8() {
		return wellFormed >= MINIMUM && wellFormed >= DAMAGED_UTF8_RATIO * malformed;
	}

	/** More of the file reads as UTF-8 than fails to. */
	boolean isMostlyUtf8() {
		return wellFormed > malformed;
	}

	static Utf8Evidence of(byte[] bytes) {
		long wellFormed = 0;
		long malformed = 0;
		int i = 0;
		while (i < bytes.length) {
			int b = bytes[i] & 0xFF;
			if (b < 0x80) {
				i++;
				continue;
			}
			int length = sequenceLength(bytes, i);
			if (length > 0) {
				wellFormed++;
				i += length;
			}
			else {
				malformed++;
				i++;
			}
		}
		return new Utf8Evidence(wellFormed, malformed);
	}

	/** Length of the valid sequence starting at i (RFC 3629), or 0. */
	private static int sequenceLength(byte[] bytes, int i) {
		int lead = bytes[i] & 0xFF;
		if (lead >= 0xC2 && lead <= 0xDF) {
			return continuation(bytes, i + 1, 0x80, 0xBF) ? 2 : 0;
		}
		if (lead >= 0xE0 && lead <= 0xEF) {
			int low = (lead == 0xE0) ? 0xA0 : 0x80;
			int high = (lead == 0xED) ? 0x9F : 0xBF;
			return (continuation(bytes, i + 1, low, high) && continuation(bytes, i + 2, 0x80, 0xBF)) ? 3 : 0;
		}
		if (lead >= 0xF0 && lead <= 0xF4) {
			int low = (lead == 0xF0) ? 0x90 : 0x80;
			int high = (lead == 0xF4) ? 0x8F : 0xBF;
			return (continuation(bytes, i + 1, low, high) && continuation(bytes, i + 2, 0x80, 0xBF)
					&& continuation(bytes, i + 3, 0x80, 0xBF)) ? 4 : 0;
		}
		return 0;
	}

	private static boolean continuation(byte[] bytes, int i, int low, int high) {
		if (i >= bytes.length) {
			return false;
		}
		int b = bytes[i] & 0xFF;
		return b >= low && b <= high;
	}

}
