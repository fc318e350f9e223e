package org.luoshi.notice.internal.read;

import java.io.ByteArrayInputStream;
import java.io.IOException;

import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.luoshi.notice.NoticeFormatException;

/**
 * Refuses OLE2 compound files (legacy .doc, .xls, .wps, or a password-protected Office
 * file, which Office also wraps in OLE2) with a message saying how to get a .docx.
 */
final class LegacyOfficeFile {

	private LegacyOfficeFile() {
	}

	static NoticeFormatException refuse(byte[] bytes, String name) {
		if (isEncryptedOoxml(bytes)) {
			return new NoticeFormatException("encrypted-office", DisplayName.argument(name));
		}
		return new NoticeFormatException("legacy-office", DisplayName.argument(name));
	}

	private static boolean isEncryptedOoxml(byte[] bytes) {
		try (POIFSFileSystem fs = new POIFSFileSystem(new ByteArrayInputStream(bytes))) {
			return fs.getRoot().hasEntry("EncryptionInfo");
		}
		catch (IOException | RuntimeException ex) {
			return false;
		}
	}

}
