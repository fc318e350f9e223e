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
			return new NoticeFormatException(
					"文件“" + name + "”是设置了打开密码的 Office 文档，无法读取；请在 Word/WPS 中取消密码后另存为 .docx 再导入");
		}
		return new NoticeFormatException(
				"文件“" + name + "”是旧版 Word/Excel/WPS 格式（.doc/.xls/.wps），不支持；请用 Word 或 WPS 打开后另存为 .docx 再导入");
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
