package org.luoshi.notice.internal.read;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Lists the entry names of a zip from its central directory, without inflating anything.
 * A zip whose central directory is missing (a truncated download) is damaged even where a
 * streaming reader would still find some entries; a sound zip that is not a Word document
 * (an OFD, an OpenDocument text, an archive of files) can be named by what it holds.
 */
final class ZipDirectory {

	private static final int END_SIGNATURE = 0x06054b50;

	private static final int ZIP64_LOCATOR_SIGNATURE = 0x07064b50;

	private static final int ZIP64_END_SIGNATURE = 0x06064b50;

	private static final int ENTRY_SIGNATURE = 0x02014b50;

	private static final int END_RECORD_SIZE = 22;

	private static final int ZIP64_LOCATOR_SIZE = 20;

	private static final int ENTRY_HEADER_SIZE = 46;

	private static final int MAX_COMMENT = 0xFFFF;

	private ZipDirectory() {
	}

	/**
	 * The names in the zip's central directory.
	 * @param bytes the zip file
	 * @return the entry names, or null when the central directory is missing or damaged
	 */
	static List<String> names(byte[] bytes) {
		ByteBuffer buffer = ByteBuffer.wrap(bytes).order(ByteOrder.LITTLE_ENDIAN);
		int end = -1;
		int lowest = Math.max(0, bytes.length - END_RECORD_SIZE - MAX_COMMENT);
		for (int i = bytes.length - END_RECORD_SIZE; i >= lowest; i--) {
			if (buffer.getInt(i) == END_SIGNATURE) {
				end = i;
				break;
			}
		}
		if (end < 0) {
			return null;
		}
		long count = Short.toUnsignedInt(buffer.getShort(end + 10));
		long offset = Integer.toUnsignedLong(buffer.getInt(end + 16));
		if (count == 0xFFFF || offset == 0xFFFFFFFFL) {
			int locator = end - ZIP64_LOCATOR_SIZE;
			if (locator < 0 || buffer.getInt(locator) != ZIP64_LOCATOR_SIGNATURE) {
				return null;
			}
			long zip64End = buffer.getLong(locator + 8);
			if (zip64End < 0 || zip64End + 56 > bytes.length || buffer.getInt((int) zip64End) != ZIP64_END_SIGNATURE) {
				return null;
			}
			count = buffer.getLong((int) zip64End + 32);
			offset = buffer.getLong((int) zip64End + 48);
		}
		if (count < 0 || count > bytes.length / ENTRY_HEADER_SIZE) {
			return null;
		}
		List<String> names = new ArrayList<>((int) count);
		long position = offset;
		for (long n = 0; n < count; n++) {
			if (position < 0 || position + ENTRY_HEADER_SIZE > bytes.length
					|| buffer.getInt((int) position) != ENTRY_SIGNATURE) {
				return null;
			}
			int p = (int) position;
			int nameLength = Short.toUnsignedInt(buffer.getShort(p + 28));
			int extraLength = Short.toUnsignedInt(buffer.getShort(p + 30));
			int commentLength = Short.toUnsignedInt(buffer.getShort(p + 32));
			if (p + (long) ENTRY_HEADER_SIZE + nameLength > bytes.length) {
				return null;
			}
			names.add(new String(bytes, p + ENTRY_HEADER_SIZE, nameLength, StandardCharsets.UTF_8));
			position = p + (long) ENTRY_HEADER_SIZE + nameLength + extraLength + commentLength;
		}
		return names;
	}

}
