package org.luoshi.notice.internal.read;

import java.util.List;

import org.luoshi.notice.NoticeFormatException;
import org.luoshi.notice.NoticeText;
import org.luoshi.notice.SourceFormat;

/**
 * Dispatches a notice's bytes to the reader for the format its magic number shows, and
 * wraps the result with the SHA-256 and size; public only so that
 * {@link org.luoshi.notice.NoticeReader} can reach it.
 */
public final class NoticeBytesReader {

	private NoticeBytesReader() {
	}

	/**
	 * Read a notice held in memory.
	 * @param bytes the file's content
	 * @param fileName the name it came under, for messages; may be null
	 * @return the decoded notice
	 * @throws NoticeFormatException when the bytes are not a readable notice
	 */
	public static NoticeText read(byte[] bytes, String fileName) throws NoticeFormatException {
		String name = DisplayName.of(fileName);
		SizeLimit.check(name, bytes.length);
		if (bytes.length == 0) {
			throw new NoticeFormatException("empty-file", DisplayName.argument(name));
		}
		try {
			return switch (MagicNumbers.detect(bytes)) {
				case ZIP -> text(DocxReader.read(bytes, name), SourceFormat.DOCX, null, bytes);
				case PDF -> text(PdfReader.read(bytes, name), SourceFormat.PDF, null, bytes);
				case OLE2 -> throw LegacyOfficeFile.refuse(bytes, name);
				case OTHER -> {
					DecodedText decoded = TextFileReader.read(bytes, name);
					yield text(decoded.lines(), SourceFormat.TXT, decoded.encoding(), bytes);
				}
			};
		}
		catch (RuntimeException ex) {
			// last line of defence: a library failed in a way the readers did not foresee
			throw new NoticeFormatException(ex, "damaged", DisplayName.argument(name));
		}
	}

	private static NoticeText text(List<String> lines, SourceFormat format, String encoding, byte[] bytes) {
		return new NoticeText(lines, format, encoding, Sha256.hex(bytes), bytes.length);
	}

}
