package org.luoshi.plan.internal.sheet;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.channels.SeekableByteChannel;

import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipArchiveInputStream;
import org.apache.commons.compress.archivers.zip.ZipFile;
import org.apache.commons.compress.utils.SeekableInMemoryByteChannel;

/**
 * Guards against zip bombs before POI unpacks a workbook into memory: inflates every
 * entry the way POI will read it (from the local headers, in order) and stops as soon as
 * the content grows past {@link #MAX_INFLATED} or the entries past {@link #MAX_ENTRIES}.
 */
final class ZipLimits {

	/** A real division sheet of 100,000 rows unpacks to well under this. */
	static final long MAX_INFLATED = 200L * 1024 * 1024;

	static final int MAX_ENTRIES = 1_000;

	private ZipLimits() {
	}

	/** The outcome of inflating a zip. */
	enum Verdict {

		SOUND, TOO_BIG, DAMAGED

	}

	static Verdict check(byte[] zip) {
		byte[] buffer = new byte[64 * 1024];
		long inflated = 0;
		int entries = 0;
		try (ZipArchiveInputStream in = new ZipArchiveInputStream(new ByteArrayInputStream(zip))) {
			for (ZipArchiveEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
				if (++entries > MAX_ENTRIES) {
					return Verdict.TOO_BIG;
				}
				for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
					inflated += n;
					if (inflated > MAX_INFLATED) {
						return Verdict.TOO_BIG;
					}
				}
			}
			return (entries == 0) ? Verdict.DAMAGED : Verdict.SOUND;
		}
		catch (IOException | RuntimeException ex) {
			return Verdict.DAMAGED;
		}
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
