package org.luoshi.implementation.internal.document;

import java.io.IOException;
import java.nio.channels.SeekableByteChannel;
import java.util.Locale;

import org.apache.commons.compress.archivers.zip.ZipFile;
import org.apache.commons.compress.utils.SeekableInMemoryByteChannel;
import org.luoshi.common.ZipGuard;

/**
 * Decides from the content, not the name, whether a file is a .docx or an .xlsx; the name
 * only tells a damaged Office file (unreadable) from another kind of file (unsupported).
 * Guards against zip bombs before anything is unpacked.
 */
enum DocumentFormat {

	DOCX, XLSX;

	/** Larger than any department's plan with its tables; pictures are what weighs. */
	static final long MAX_BYTES = 20L * 1024 * 1024;

	static DocumentFormat of(byte[] content, String fileName) {
		if (content == null || content.length == 0) {
			throw new DocumentProblem(DocumentProblem.UNREADABLE, null, "the file is empty");
		}
		if (content.length > MAX_BYTES) {
			throw new DocumentProblem(DocumentProblem.TOO_LARGE, null,
					"the file has " + content.length + " bytes, more than " + MAX_BYTES);
		}
		boolean named = named(fileName);
		if (!startsWith(content, 'P', 'K', 3, 4)) {
			if (named && !startsWith(content, 0xD0, 0xCF, 0x11, 0xE0) && !startsWith(content, '%', 'P', 'D', 'F')) {
				throw new DocumentProblem(DocumentProblem.UNREADABLE, null, "not an Office Open XML file, damaged");
			}
			throw new DocumentProblem(DocumentProblem.UNSUPPORTED_FORMAT, null, kind(content));
		}
		DocumentFormat format = partsOf(content, named);
		switch (ZipGuard.check(content)) {
			case TOO_BIG -> throw new DocumentProblem(DocumentProblem.TOO_LARGE, null,
					"the file unpacks to more than " + ZipGuard.MAX_INFLATED + " bytes");
			case DAMAGED -> throw new DocumentProblem(DocumentProblem.UNREADABLE, null, "the zip is damaged");
			case SOUND -> {
			}
		}
		return format;
	}

	/** Which main part the zip's directory names, without inflating anything. */
	private static DocumentFormat partsOf(byte[] zip, boolean named) {
		try (SeekableByteChannel channel = new SeekableInMemoryByteChannel(zip);
				ZipFile file = ZipFile.builder().setSeekableByteChannel(channel).get()) {
			if (file.getEntry("word/document.xml") != null) {
				return DOCX;
			}
			if (file.getEntry("xl/workbook.xml") != null) {
				return XLSX;
			}
		}
		catch (IOException | RuntimeException ex) {
			throw new DocumentProblem(DocumentProblem.UNREADABLE, "the zip's directory cannot be read", ex);
		}
		if (named) {
			throw new DocumentProblem(DocumentProblem.UNREADABLE, null, "a zip without a document or a workbook");
		}
		throw new DocumentProblem(DocumentProblem.UNSUPPORTED_FORMAT, null, "a zip that is no .docx or .xlsx");
	}

	private static boolean named(String fileName) {
		String name = (fileName == null) ? "" : fileName.toLowerCase(Locale.ROOT).strip();
		return name.endsWith(".docx") || name.endsWith(".xlsx");
	}

	private static String kind(byte[] content) {
		if (startsWith(content, '%', 'P', 'D', 'F')) {
			return "a PDF; send the .docx or .xlsx it was made from";
		}
		if (startsWith(content, 0xD0, 0xCF, 0x11, 0xE0)) {
			return "a legacy .doc or .xls; save it as .docx or .xlsx";
		}
		return "neither a .docx nor an .xlsx";
	}

	private static boolean startsWith(byte[] content, int... prefix) {
		if (content.length < prefix.length) {
			return false;
		}
		for (int i = 0; i < prefix.length; i++) {
			if ((content[i] & 0xFF) != prefix[i]) {
				return false;
			}
		}
		return true;
	}

}
