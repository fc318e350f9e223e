package org.luoshi.common;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * Zip bombs for tests: an Office package of a few hundred kilobytes whose one part
 * unpacks to 250 MB of zeros.
 */
public final class ZipBombs {

	private ZipBombs() {
	}

	/** A .docx whose document part unpacks to 250 MB. */
	public static byte[] docx() {
		return bomb("[Content_Types].xml", "word/document.xml");
	}

	/** An .xlsx whose first sheet unpacks to 250 MB. */
	public static byte[] xlsx() {
		return bomb("[Content_Types].xml", "xl/workbook.xml", "xl/worksheets/sheet1.xml");
	}

	private static byte[] bomb(String... parts) {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		try (ZipOutputStream zip = new ZipOutputStream(out)) {
			for (int p = 0; p < parts.length - 1; p++) {
				zip.putNextEntry(new ZipEntry(parts[p]));
				zip.write("<?xml version=\"1.0\"?><x/>".getBytes(java.nio.charset.StandardCharsets.UTF_8));
				zip.closeEntry();
			}
			zip.putNextEntry(new ZipEntry(parts[parts.length - 1]));
			byte[] zeros = new byte[1024 * 1024];
			for (int i = 0; i < 250; i++) {
				zip.write(zeros);
			}
			zip.closeEntry();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return out.toByteArray();
	}

}
