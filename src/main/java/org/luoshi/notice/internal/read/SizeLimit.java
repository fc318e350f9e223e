package org.luoshi.notice.internal.read;

import java.util.Locale;

import org.luoshi.notice.NoticeFormatException;
import org.luoshi.notice.NoticeReader;

/**
 * Refuses notices larger than {@link NoticeReader#MAX_BYTES}, with a message that says
 * the size and the limit; public so that the path reader can check a file's size before
 * reading it.
 */
public final class SizeLimit {

	private SizeLimit() {
	}

	/**
	 * Check a size against the limit.
	 * @param name the file name for the message
	 * @param size the size in bytes
	 * @throws NoticeFormatException when the size exceeds the limit
	 */
	public static void check(String name, long size) throws NoticeFormatException {
		if (size > NoticeReader.MAX_BYTES) {
			throw new NoticeFormatException("too-large", DisplayName.argument(DisplayName.of(name)), megabytes(size),
					size, megabytes(NoticeReader.MAX_BYTES), NoticeReader.MAX_BYTES);
		}
	}

	static String megabytes(long size) {
		double mb = size / (1024.0 * 1024.0);
		if (mb == Math.rint(mb)) {
			return String.format(Locale.ROOT, "%.0f MB", mb);
		}
		return String.format(Locale.ROOT, "%.1f MB", Math.max(mb, 0.1));
	}

}
