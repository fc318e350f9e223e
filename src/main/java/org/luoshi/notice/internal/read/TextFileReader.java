package org.luoshi.notice.internal.read;

import java.nio.charset.Charset;
import java.util.List;

import org.luoshi.notice.NoticeFormatException;

/**
 * Reads a plain-text notice: the byte order mark decides the encoding when there is one;
 * otherwise BOM-less UTF-16, strict UTF-8 or strict GB18030; binary junk and empty text
 * are refused.
 */
final class TextFileReader {

	private TextFileReader() {
	}

	static DecodedText read(byte[] bytes, String name) throws NoticeFormatException {
		Bom bom = Bom.of(bytes);
		String text;
		String encoding;
		if (bom != null) {
			int from = bom.length();
			if (bom == Bom.UTF_8) {
				BinaryContent.checkBytes(bytes, from, name);
			}
			StrictDecoding.Result result = StrictDecoding.decode(bytes, from, bom.charset());
			encoding = bom.charset().name();
			if (!result.ok()) {
				long offset = result.errorOffset();
				throw NoticeFormatException.atByte(offset, "bom-mismatch", DisplayName.argument(name), encoding,
						offset);
			}
			text = result.text();
			if (bom != Bom.UTF_8) {
				BinaryContent.checkUtf16(bytes, text, from, name);
			}
		}
		else if (indexOfZero(bytes) >= 0) {
			Charset utf16 = Utf16WithoutBom.detect(bytes);
			if (utf16 == null) {
				throw BinaryContent.nul(bytes, name, indexOfZero(bytes));
			}
			text = StrictDecoding.decode(bytes, 0, utf16).text();
			encoding = utf16.name();
			BinaryContent.checkUtf16(bytes, text, 0, name);
		}
		else {
			BinaryContent.checkBytes(bytes, 0, name);
			Utf8OrGb18030.Decoded decoded = Utf8OrGb18030.decode(bytes, name);
			text = decoded.text();
			encoding = decoded.encoding();
		}
		if (isBlank(text)) {
			throw new NoticeFormatException("blank-text", DisplayName.argument(name));
		}
		if (text.stripLeading().startsWith("{\\rtf")) {
			throw new NoticeFormatException("rtf", DisplayName.argument(name));
		}
		List<String> lines = LineSplitter.split(text);
		return new DecodedText(lines, encoding);
	}

	private static int indexOfZero(byte[] bytes) {
		for (int i = 0; i < bytes.length; i++) {
			if (bytes[i] == 0) {
				return i;
			}
		}
		return -1;
	}

	private static boolean isBlank(String text) {
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			if (!Character.isWhitespace(c) && !Character.isSpaceChar(c) && c != '\uFEFF') {
				return false;
			}
		}
		return true;
	}

}
