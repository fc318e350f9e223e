package org.luoshi.notice.internal.read;

import java.nio.charset.StandardCharsets;

import org.luoshi.notice.NoticeMessage;

/**
 * Recognises a file's container from its first bytes, because file names lie: a .doc
 * renamed .docx, a PDF saved as .txt. Also names common binary formats (images, archives)
 * so that a wrong upload gets a message that says what it is.
 */
final class MagicNumbers {

	/** The containers the readers tell apart. */
	enum Container {

		/** {@code PK\3\4}: a zip, which a .docx is. */
		ZIP,
		/** {@code %PDF-} within the first 1024 bytes, as PDF readers accept it. */
		PDF,
		/** {@code D0 CF 11 E0}: the OLE2 compound file of legacy .doc/.xls/.wps. */
		OLE2,
		/** anything else, to be read as text */
		OTHER

	}

	private static final byte[] ZIP = { 'P', 'K', 3, 4 };

	private static final byte[] PDF = "%PDF-".getBytes(StandardCharsets.US_ASCII);

	private static final byte[] OLE2 = { (byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A,
			(byte) 0xE1 };

	private static final int PDF_HEADER_WINDOW = 1024;

	private MagicNumbers() {
	}

	static Container detect(byte[] bytes) {
		if (startsWith(bytes, ZIP, 0)) {
			return Container.ZIP;
		}
		if (startsWith(bytes, OLE2, 0)) {
			return Container.OLE2;
		}
		int window = Math.min(bytes.length - PDF.length, PDF_HEADER_WINDOW - PDF.length);
		for (int i = 0; i <= window; i++) {
			if (startsWith(bytes, PDF, i)) {
				return Container.PDF;
			}
		}
		return Container.OTHER;
	}

	/**
	 * The name of a well-known binary format the bytes start with, or null.
	 * @param bytes the file's content
	 * @return the name under {@code notice.format} in the message files (PNG image), or
	 * null when the bytes show no known signature
	 */
	static NoticeMessage binaryFormatName(byte[] bytes) {
		if (startsWith(bytes, new byte[] { (byte) 0x89, 'P', 'N', 'G' }, 0)) {
			return format("png");
		}
		if (startsWith(bytes, new byte[] { (byte) 0xFF, (byte) 0xD8, (byte) 0xFF }, 0)) {
			return format("jpeg");
		}
		if (startsWith(bytes, "GIF8".getBytes(StandardCharsets.US_ASCII), 0)) {
			return format("gif");
		}
		if (startsWith(bytes, new byte[] { 'I', 'I', 42, 0 }, 0)
				|| startsWith(bytes, new byte[] { 'M', 'M', 0, 42 }, 0)) {
			return format("tiff");
		}
		if (startsWith(bytes, "Rar!".getBytes(StandardCharsets.US_ASCII), 0)) {
			return format("rar");
		}
		if (startsWith(bytes, new byte[] { '7', 'z', (byte) 0xBC, (byte) 0xAF, 0x27, 0x1C }, 0)) {
			return format("7z");
		}
		if (startsWith(bytes, new byte[] { 0x1F, (byte) 0x8B }, 0)) {
			return format("gzip");
		}
		return null;
	}

	private static NoticeMessage format(String code) {
		return NoticeMessage.of("notice.format." + code);
	}

	static boolean startsWith(byte[] bytes, byte[] prefix, int at) {
		if (at < 0 || bytes.length - at < prefix.length) {
			return false;
		}
		for (int i = 0; i < prefix.length; i++) {
			if (bytes[at + i] != prefix[i]) {
				return false;
			}
		}
		return true;
	}

}
