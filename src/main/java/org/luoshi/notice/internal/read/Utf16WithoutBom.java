package org.luoshi.notice.internal.read;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;

/**
 * Recognises UTF-16 text saved without a byte order mark. Zero bytes never occur in UTF-8
 * or GB18030 text, but they are the high bytes of ASCII characters (line feeds, digits)
 * in UTF-16; the byte order is the one whose strict decoding gives plausible text (ASCII,
 * CJK, punctuation) rather than the shuffled code points of the wrong order. NUL
 * characters count as implausible; the caller reports one at its own offset.
 */
final class Utf16WithoutBom {

	/**
	 * Share of plausible characters right-order UTF-16 text reaches and wrong-order does
	 * not.
	 */
	static final double PLAUSIBLE_SHARE = 0.9;

	private Utf16WithoutBom() {
	}

	/**
	 * The charset the bytes are UTF-16 in, or null when they are not UTF-16.
	 * @param bytes the file's content, which contains zero bytes
	 * @return UTF-16LE, UTF-16BE or null
	 */
	static Charset detect(byte[] bytes) {
		if (bytes.length < 2 || bytes.length % 2 != 0) {
			return null;
		}
		long zerosAtEven = 0;
		long zerosAtOdd = 0;
		for (int i = 0; i < bytes.length; i += 2) {
			if (bytes[i] == 0) {
				zerosAtEven++;
			}
			if (bytes[i + 1] == 0) {
				zerosAtOdd++;
			}
		}
		// in UTF-16LE 'A' is 41 00: the zero stands at the odd index
		Charset likely = (zerosAtOdd >= zerosAtEven) ? StandardCharsets.UTF_16LE : StandardCharsets.UTF_16BE;
		Charset other = (likely == StandardCharsets.UTF_16LE) ? StandardCharsets.UTF_16BE : StandardCharsets.UTF_16LE;
		if (plausible(bytes, likely)) {
			return likely;
		}
		return plausible(bytes, other) ? other : null;
	}

	private static boolean plausible(byte[] bytes, Charset charset) {
		StrictDecoding.Result result = StrictDecoding.decode(bytes, 0, charset);
		if (!result.ok()) {
			return false;
		}
		String text = result.text();
		long plausible = 0;
		for (int i = 0; i < text.length(); i++) {
			if (isPlausible(text.charAt(i))) {
				plausible++;
			}
		}
		return plausible >= PLAUSIBLE_SHARE * text.length();
	}

	private static boolean isPlausible(char c) {
		return c == '\t' || c == '\n' || c == '\r' || (c >= 0x20 && c <= 0x7E) // ASCII
				|| (c >= 0xA0 && c <= 0x24F) // Latin-1, Latin extended
				|| (c >= 0x2000 && c <= 0x2BFF) // punctuation, symbols, ①
				|| (c >= 0x3000 && c <= 0x9FFF) // CJK punctuation, kana, ideographs
				|| (c >= 0xF900 && c <= 0xFAFF) // compatibility ideographs
				|| (c >= 0xFE30 && c <= 0xFE4F) // CJK compatibility forms
				|| (c >= 0xFF00 && c <= 0xFFEF); // full-width forms
	}

}
