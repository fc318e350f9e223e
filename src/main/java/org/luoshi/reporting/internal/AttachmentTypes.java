package org.luoshi.reporting.internal;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * The media type of an attachment read from its first bytes, never from its name: PDF,
 * PNG, JPEG and GIF by their signatures; a ZIP package is a Word (.docx) or Excel (.xlsx)
 * document when its central directory lists {@code word/document.xml} or
 * {@code xl/workbook.xml}. Only the directory is read, nothing is unpacked.
 */
public final class AttachmentTypes {

	public static final String PDF = "application/pdf";

	public static final String DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

	public static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

	private static final int END_OF_DIRECTORY = 0x06054b50;

	private static final int DIRECTORY_ENTRY = 0x02014b50;

	private AttachmentTypes() {
	}

	/**
	 * The file name extensions a file of the media type may carry: a name must not say
	 * one thing while the bytes say another ({@code x.js} holding a GIF).
	 */
	public static java.util.List<String> extensions(String mediaType) {
		return switch (mediaType) {
			case PDF -> java.util.List.of("pdf");
			case DOCX -> java.util.List.of("docx");
			case XLSX -> java.util.List.of("xlsx");
			case "image/png" -> java.util.List.of("png");
			case "image/jpeg" -> java.util.List.of("jpg", "jpeg");
			case "image/gif" -> java.util.List.of("gif");
			default -> java.util.List.of();
		};
	}

	/**
	 * The name to keep for a file of the media type: as given when its extension is one
	 * of the type's, with the type's first extension added when it has none.
	 * @return empty when the name's extension belongs to another kind of file
	 */
	public static Optional<String> name(String fileName, String mediaType) {
		java.util.List<String> allowed = extensions(mediaType);
		int dot = fileName.lastIndexOf('.');
		if (dot <= 0 || dot == fileName.length() - 1) {
			return Optional.of(fileName + "." + allowed.get(0));
		}
		String extension = fileName.substring(dot + 1).toLowerCase(java.util.Locale.ROOT);
		return allowed.contains(extension) ? Optional.of(fileName) : Optional.empty();
	}

	/** The media type, or empty for anything but the accepted kinds. */
	public static Optional<String> of(byte[] bytes) {
		if (starts(bytes, "%PDF-".getBytes(StandardCharsets.US_ASCII))) {
			return Optional.of(PDF);
		}
		if (starts(bytes, new byte[] { (byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n' })) {
			return Optional.of("image/png");
		}
		if (starts(bytes, new byte[] { (byte) 0xff, (byte) 0xd8, (byte) 0xff })) {
			return Optional.of("image/jpeg");
		}
		if (starts(bytes, "GIF87a".getBytes(StandardCharsets.US_ASCII))
				|| starts(bytes, "GIF89a".getBytes(StandardCharsets.US_ASCII))) {
			return Optional.of("image/gif");
		}
		if (starts(bytes, new byte[] { 'P', 'K', 3, 4 })) {
			return office(bytes);
		}
		return Optional.empty();
	}

	private static Optional<String> office(byte[] bytes) {
		ByteBuffer zip = ByteBuffer.wrap(bytes).order(ByteOrder.LITTLE_ENDIAN);
		int end = -1;
		// the end record is 22 bytes plus a comment of at most 65535
		for (int i = bytes.length - 22; i >= Math.max(0, bytes.length - 22 - 65_535); i--) {
			if (zip.getInt(i) == END_OF_DIRECTORY) {
				end = i;
				break;
			}
		}
		if (end < 0) {
			return Optional.empty();
		}
		int entries = Short.toUnsignedInt(zip.getShort(end + 10));
		long at = Integer.toUnsignedLong(zip.getInt(end + 16));
		boolean word = false;
		boolean excel = false;
		for (int n = 0; n < entries && at + 46 <= bytes.length; n++) {
			int p = (int) at;
			if (zip.getInt(p) != DIRECTORY_ENTRY) {
				return Optional.empty();
			}
			int nameLength = Short.toUnsignedInt(zip.getShort(p + 28));
			int extraLength = Short.toUnsignedInt(zip.getShort(p + 30));
			int commentLength = Short.toUnsignedInt(zip.getShort(p + 32));
			if (p + 46 + nameLength > bytes.length) {
				return Optional.empty();
			}
			String name = new String(bytes, p + 46, nameLength, StandardCharsets.UTF_8);
			word |= name.equals("word/document.xml");
			excel |= name.equals("xl/workbook.xml");
			at = (long) p + 46 + nameLength + extraLength + commentLength;
		}
		if (word) {
			return Optional.of(DOCX);
		}
		return excel ? Optional.of(XLSX) : Optional.empty();
	}

	private static boolean starts(byte[] bytes, byte[] signature) {
		if (bytes.length < signature.length) {
			return false;
		}
		for (int i = 0; i < signature.length; i++) {
			if (bytes[i] != signature[i]) {
				return false;
			}
		}
		return true;
	}

}
