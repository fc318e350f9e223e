package org.luoshi.notice.internal.read;

import org.luoshi.common.ZipGuard;

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
		// a zip bomb is refused before POI unpacks anything
		if (ZipGuard.check(bytes) == ZipGuard.Verdict.TOO_BIG) {
			throw new NoticeFormatException("zip-bomb", DisplayName.argument(name),
					String.valueOf(ZipGuard.MAX_INFLATED / 1048576));
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
			throw new NoticeFormatException("xlsx-not-docx", DisplayName.argument(name));
		}
		if (contentType != null && contentType.contains("presentationml")) {
			throw new NoticeFormatException("pptx-not-docx", DisplayName.argument(name));
		}
		throw new NoticeFormatException("office-without-word", DisplayName.argument(name));
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
			return new NoticeFormatException(cause, "ofd", DisplayName.argument(name));
		}
		if (names.contains("mimetype") && names.contains("content.xml")) {
			return new NoticeFormatException(cause, "opendocument", DisplayName.argument(name));
		}
		return new NoticeFormatException(cause, "zip", DisplayName.argument(name), names.size());
	}

	static NoticeFormatException corrupt(String name, Exception cause) {
		return new NoticeFormatException(cause, "damaged-docx", DisplayName.argument(name));
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
