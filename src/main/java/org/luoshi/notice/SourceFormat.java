package org.luoshi.notice;

/**
 * The file format a notice arrived in; detected from its bytes, not trusted from its file
 * name. {@link #XLSX} is the division spreadsheet (分工表) an office edits and sends back,
 * read by the plan module rather than by {@link NoticeReader}.
 */
public enum SourceFormat {

	TXT("txt"), DOCX("docx"), PDF("pdf"), XLSX("xlsx");

	private final String extension;

	SourceFormat(String extension) {
		this.extension = extension;
	}

	public String extension() {
		return extension;
	}

}
