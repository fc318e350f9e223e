package org.luoshi.notice.internal.read;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.List;

import org.apache.poi.openxml4j.exceptions.InvalidFormatException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackagePart;
import org.apache.poi.openxml4j.opc.PackageRelationshipCollection;
import org.apache.poi.openxml4j.opc.PackageRelationshipTypes;
import org.luoshi.notice.NoticeFormatException;

/**
 * Opens a zip as an Office package and makes sure it is a Word document before anybody
 * parses it, so that an .xlsx, an OFD or a corrupt download gets a message saying what it
 * is instead of an XML error.
 */
final class WordPackage {

	private WordPackage() {
	}

	/**
	 * Open the package; the caller reverts (closes) it.
	 * @param bytes the zip
	 * @param name the file name for messages
	 * @return the open package of a Word document
	 * @throws NoticeFormatException when the zip is corrupt or not a Word document
	 */
	static OPCPackage open(byte[] bytes, String name) throws NoticeFormatException {
		List<String> names = ZipDirectory.names(bytes);
		if (names == null || names.isEmpty()) {
			throw corrupt(name, null);
		}
		OPCPackage pkg;
		try {
			pkg = OPCPackage.open(new ByteArrayInputStream(bytes));
		}
		catch (InvalidFormatException | IOException | RuntimeException ex) {
			throw notAnOfficePackage(names, name, ex);
		}
		String contentType;
		try {
			contentType = mainContentType(pkg);
		}
		catch (InvalidFormatException | RuntimeException ex) {
			pkg.revert();
			throw corrupt(name, ex);
		}
		if (contentType != null && contentType.contains("wordprocessingml")) {
			return pkg;
		}
		pkg.revert();
		if (contentType != null && contentType.contains("spreadsheetml")) {
			throw new NoticeFormatException(
					"文件“" + name + "”是 Excel 工作簿（.xlsx），不是 Word 文档；请提供通知的 .docx、.pdf 或 .txt 文件");
		}
		if (contentType != null && contentType.contains("presentationml")) {
			throw new NoticeFormatException(
					"文件“" + name + "”是 PowerPoint 演示文稿（.pptx），不是 Word 文档；请提供通知的 .docx、.pdf 或 .txt 文件");
		}
		throw new NoticeFormatException("文件“" + name + "”是 Office 压缩包，但其中没有 Word 正文；请提供通知的 .docx、.pdf 或 .txt 文件");
	}

	/**
	 * The error for a sound zip that is not an Office package.
	 * @param names the zip's entry names
	 * @param name the file name
	 * @param cause what the package reader reported
	 * @return the exception to throw
	 */
	private static NoticeFormatException notAnOfficePackage(List<String> names, String name, Exception cause) {
		if (names.contains("word/document.xml")) {
			return corrupt(name, cause);
		}
		if (names.contains("OFD.xml")) {
			return new NoticeFormatException("文件“" + name + "”是 OFD 版式文件，不支持；请提供通知的 .docx 或带文字层的 .pdf 文件", cause);
		}
		if (names.contains("mimetype") && names.contains("content.xml")) {
			return new NoticeFormatException(
					"文件“" + name + "”是 OpenDocument 文档（.odt 等），不支持；请用 WPS 或 Word 另存为 .docx 再导入", cause);
		}
		return new NoticeFormatException(
				"文件“" + name + "”是 zip 压缩包（含 " + names.size() + " 个文件），不是 Word 文档（.docx）；请解压后选择其中的通知文件", cause);
	}

	static NoticeFormatException corrupt(String name, Exception cause) {
		return new NoticeFormatException("文件“" + name + "”看起来是 Word 文档（.docx），但已损坏或不完整，无法打开；请用 Word/WPS 打开并重新保存后再导入",
				cause);
	}

	private static String mainContentType(OPCPackage pkg) throws InvalidFormatException {
		PackageRelationshipCollection relationships = pkg
			.getRelationshipsByType(PackageRelationshipTypes.CORE_DOCUMENT);
		if (relationships.size() == 0) {
			relationships = pkg.getRelationshipsByType(PackageRelationshipTypes.STRICT_CORE_DOCUMENT);
		}
		if (relationships.size() == 0) {
			return null;
		}
		PackagePart part = pkg.getPart(relationships.getRelationship(0));
		return (part != null) ? part.getContentType() : null;
	}

}
