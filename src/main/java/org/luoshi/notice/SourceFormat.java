package org.luoshi.notice;

/**
 * The file format a notice arrived in; detected from its bytes, not trusted from its file
 * name.
 */
public enum SourceFormat {

	TXT("txt"), DOCX("docx"), PDF("pdf");

	private final String extension;

	SourceFormat(String extension) {
		this.extension = extension;
	}

	public String extension() {
		return extension;
	}

}
