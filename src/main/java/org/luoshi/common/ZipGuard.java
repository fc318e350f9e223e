package org.luoshi.common;

import java.io.ByteArrayInputStream;
import java.io.IOException;

import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipArchiveInputStream;
import org.apache.poi.openxml4j.util.ZipSecureFile;

/**
 * The one guard against zip bombs for every Office file a user uploads (.docx notices,
 * .xlsx division sheets and files of figures), run before POI unpacks anything into
 * memory: inflates every entry the way POI will read it (from the local headers, in
 * order) into a small buffer that is thrown away, and stops as soon as the content grows
 * past {@link #MAX_INFLATED} or the entries past {@link #MAX_ENTRIES}. POI's own limits
 * are set as a second fence: no entry over {@link #MAX_INFLATED}, none that inflates more
 * than a hundredfold.
 */
public final class ZipGuard {

	/**
	 * A real division sheet of 100,000 rows or a notice of 1,000 pages unpacks to well
	 * under this.
	 */
	public static final long MAX_INFLATED = 200L * 1024 * 1024;

	public static final int MAX_ENTRIES = 1_000;

	static {
		ZipSecureFile.setMaxEntrySize(MAX_INFLATED);
		ZipSecureFile.setMinInflateRatio(0.01);
	}

	private ZipGuard() {
	}

	/** The outcome of inflating a zip. */
	public enum Verdict {

		/** Within the limits. */
		SOUND,
		/** Unpacks to more than the limits allow. */
		TOO_BIG,
		/** Not a zip that can be read. */
		DAMAGED

	}

	public static Verdict check(byte[] zip) {
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

}
