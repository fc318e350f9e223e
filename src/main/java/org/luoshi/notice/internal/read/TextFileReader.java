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
				throw NoticeFormatException.atByte("文件“" + name + "”以 " + encoding + " 字节顺序标记开头，但字节偏移 " + offset
						+ " 处不是有效的 " + encoding + " 编码（文件可能被截断或损坏）；请用记事本打开，另存为 UTF-8 编码后再导入", offset);
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
			throw new NoticeFormatException("文件“" + name + "”只有空格、换行等空白字符，没有通知文字；请检查是否选错了文件");
		}
		if (text.stripLeading().startsWith("{\\rtf")) {
			throw new NoticeFormatException("文件“" + name + "”是 RTF 格式文档，不支持；请用 Word 或 WPS 打开后另存为 .docx 再导入");
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
