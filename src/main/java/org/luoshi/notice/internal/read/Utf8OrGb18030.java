package org.luoshi.notice.internal.read;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;

import org.luoshi.notice.NoticeFormatException;

/**
 * Decodes text without a byte order mark: strict UTF-8 first, then strict GB18030 (which
 * also covers GBK and GB2312). A file that is plainly UTF-8 apart from a few bad bytes is
 * not tried as GB18030, which would decode the UTF-8 bytes to plausible-looking nonsense;
 * when neither decodes, the error names the offset in the encoding the file most likely
 * is.
 */
final class Utf8OrGb18030 {

	static final Charset GB18030 = Charset.forName("GB18030");

	private Utf8OrGb18030() {
	}

	/**
	 * Decode text that has no byte order mark and no NUL bytes.
	 * @param bytes the file's content
	 * @param name the file name for messages
	 * @return the text and the charset that decoded it
	 * @throws NoticeFormatException when neither UTF-8 nor GB18030 decodes the bytes
	 */
	static Decoded decode(byte[] bytes, String name) throws NoticeFormatException {
		StrictDecoding.Result utf8 = StrictDecoding.decode(bytes, 0, StandardCharsets.UTF_8);
		if (utf8.ok()) {
			return new Decoded(utf8.text(), StandardCharsets.UTF_8.name());
		}
		long utf8Error = utf8.errorOffset();
		Utf8Evidence evidence = Utf8Evidence.of(bytes);
		if (evidence.isDamagedUtf8()) {
			throw utf8Error(bytes, name, utf8Error);
		}
		StrictDecoding.Result gb = StrictDecoding.decode(bytes, 0, GB18030);
		if (gb.ok()) {
			return new Decoded(gb.text(), "GB18030");
		}
		long gbError = gb.errorOffset();
		if (evidence.isMostlyUtf8()) {
			throw utf8Error(bytes, name, utf8Error);
		}
		throw NoticeFormatException.atByte(gbError, "not-utf8-nor-gb18030", DisplayName.argument(name), gbError,
				hex(bytes, gbError));
	}

	/**
	 * Text and the name of the charset that decoded it.
	 *
	 * @param text the text
	 * @param encoding UTF-8 or GB18030
	 */
	record Decoded(String text, String encoding) {
	}

	private static NoticeFormatException utf8Error(byte[] bytes, String name, long offset) {
		return NoticeFormatException.atByte(offset, "damaged-utf8", DisplayName.argument(name), offset,
				hex(bytes, offset));
	}

	private static String hex(byte[] bytes, long offset) {
		return String.format("%02X", bytes[(int) offset] & 0xFF);
	}

}
