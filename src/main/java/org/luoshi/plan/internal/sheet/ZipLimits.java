package org.luoshi.plan.internal.sheet;

import org.luoshi.common.ZipGuard;

import java.io.IOException;
import java.nio.channels.SeekableByteChannel;

import org.apache.commons.compress.archivers.zip.ZipFile;
import org.apache.commons.compress.utils.SeekableInMemoryByteChannel;

/**
 * Guards against zip bombs before POI unpacks a workbook into memory, through the one
 * guard of every Office upload ({@link ZipGuard}), and tells a workbook from other zips.
 */
final class ZipLimits {

	/** Unpacking beyond this is refused ({@link ZipGuard}). */
	static final long MAX_INFLATED = ZipGuard.MAX_INFLATED;

	private ZipLimits() {
	}

	/** Inflates the zip within the limits of the one guard every upload goes through. */
	static ZipGuard.Verdict check(byte[] zip) {
		return ZipGuard.check(zip);
	}

	/**
	 * Whether the zip's central directory names a workbook part, without inflating
	 * anything.
	 */
	static boolean holdsWorkbook(byte[] zip) {
		try (SeekableByteChannel channel = new SeekableInMemoryByteChannel(zip);
				ZipFile file = ZipFile.builder().setSeekableByteChannel(channel).get()) {
			return file.getEntry("xl/workbook.xml") != null;
		}
		catch (IOException | RuntimeException ex) {
			return false;
		}
	}

}
